package dev.fakecloud.events;

import dev.fakecloud.events.model.EventsShapes.LogConfig;
import dev.fakecloud.events.model.TargetShapes.DeadLetterConfig;

/**
 * One event bus as it is stored: the account's {@code default} bus (created on first use) or a custom or partner
 * bus. {@code policy} is the resource policy document PutPermission maintains, or null.
 */
public record EventBus(String name, String arn, String accountId, String region, String description,
        String kmsKeyIdentifier, DeadLetterConfig deadLetterConfig, LogConfig logConfig, String policy,
        String eventSourceName, long createdMillis, long lastModifiedMillis) {

    public static final String DEFAULT = "default";

    public boolean isDefault() {
        return DEFAULT.equals(name);
    }

    EventBus withPolicy(String next, long now) {
        return new EventBus(name, arn, accountId, region, description, kmsKeyIdentifier, deadLetterConfig, logConfig,
                next, eventSourceName, createdMillis, now);
    }

    EventBus updated(String nextDescription, String nextKms, DeadLetterConfig nextDlq, LogConfig nextLog, long now) {
        return new EventBus(name, arn, accountId, region, nextDescription, nextKms, nextDlq, nextLog, policy,
                eventSourceName, createdMillis, now);
    }
}
