package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;

/**
 * One event source mapping as the control plane keeps it: an immutable value, replaced as a whole on every change.
 *
 * @param enabled whether the caller wants the mapping to poll (its {@code Enabled} flag)
 * @param sequence creation order, for listings
 * @param revision bumped on every change, so that a scheduled state transition only completes the change that
 *     scheduled it
 */
public record EventSourceMapping(Scope scope, SourceType sourceType, boolean enabled, long sequence, long revision,
        EventSourceMappingConfiguration configuration) {

    public static final String CREATING = "Creating";
    public static final String ENABLING = "Enabling";
    public static final String ENABLED = "Enabled";
    public static final String DISABLING = "Disabling";
    public static final String DISABLED = "Disabled";
    public static final String UPDATING = "Updating";
    public static final String DELETING = "Deleting";

    public String uuid() {
        return configuration.uuid();
    }

    public String arn() {
        return configuration.eventSourceMappingArn();
    }

    public String state() {
        return configuration.state();
    }

    public String functionArn() {
        return configuration.functionArn();
    }

    /** The source's ARN; null for self-managed Kafka, which names bootstrap servers instead. */
    public String eventSourceArn() {
        return configuration.eventSourceArn();
    }

    /** Whether a poller should read from the source now: enabled and not being created or deleted. */
    public boolean polling() {
        String state = state();
        return enabled && (ENABLED.equals(state) || UPDATING.equals(state) || ENABLING.equals(state));
    }

    /** The state the mapping settles in once a change completes. */
    String settledState() {
        return enabled ? ENABLED : DISABLED;
    }

    boolean transitioning() {
        return !ENABLED.equals(state()) && !DISABLED.equals(state());
    }

    EventSourceMapping changed(boolean enabled, EventSourceMappingConfiguration configuration) {
        return new EventSourceMapping(scope, sourceType, enabled, sequence, revision + 1, configuration);
    }
}
