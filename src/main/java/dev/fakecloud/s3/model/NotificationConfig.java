package dev.fakecloud.s3.model;

import java.util.List;

/**
 * A bucket's notification configuration: where events go and which ones.
 *
 * @param eventBridge whether every event also goes to the default EventBridge bus
 */
public record NotificationConfig(List<Destination> destinations, boolean eventBridge) {

    public static final NotificationConfig EMPTY = new NotificationConfig(List.of(), false);

    public NotificationConfig {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }

    /** {@code Queue}, {@code Topic} or {@code CloudFunction}: the configuration kinds S3 knows. */
    public enum Kind { QUEUE, TOPIC, FUNCTION }

    /**
     * One queue, topic or function configuration.
     *
     * @param events as given, e.g. {@code s3:ObjectCreated:*}
     * @param rules the key filter's rules, in order
     */
    public record Destination(String id, Kind kind, String arn, List<String> events, List<FilterRule> rules) {

        public Destination {
            events = List.copyOf(events);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** {@code prefix} or {@code suffix} (as given, any case) and its value. */
    public record FilterRule(String name, String value) {
    }
}
