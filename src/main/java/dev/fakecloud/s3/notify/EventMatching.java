package dev.fakecloud.s3.notify;

import dev.fakecloud.s3.model.NotificationConfig.Destination;
import dev.fakecloud.s3.model.NotificationConfig.FilterRule;
import java.util.Locale;

/** Whether a configuration wants an event: its event types ({@code s3:ObjectCreated:*}) and key filter rules. */
final class EventMatching {

    private EventMatching() {
    }

    static boolean wants(Destination d, S3Event event) {
        String name = "s3:" + event.eventName();
        boolean typed = d.events().stream().anyMatch(type -> type.equals(name)
                || type.endsWith(":*") && name.startsWith(type.substring(0, type.length() - 1)));
        return typed && keyMatches(d, event.key());
    }

    private static boolean keyMatches(Destination d, String key) {
        for (FilterRule rule : d.rules()) {
            String name = rule.name().toLowerCase(Locale.ROOT);
            if (name.equals("prefix") && !key.startsWith(rule.value())
                    || name.equals("suffix") && !key.endsWith(rule.value())) {
                return false;
            }
        }
        return true;
    }
}
