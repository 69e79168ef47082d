package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A queue as the state store keeps it: everything but its messages. Replaced as a whole when attributes or tags
 * change, on a purge, and once per thousand FIFO sends (to reserve sequence numbers).
 *
 * @param id this incarnation of the queue: its message rows carry it, so a queue deleted and created again under
 *     the same name never sees the old one's messages
 * @param sequenceCeiling FIFO sequence numbers below this may have been issued; after a restart numbering goes on
 *     from here, so sequence numbers keep increasing without a write per send
 */
@RegisterForReflection
public record QueueRecord(String id, String name, String accountId, String region, long createdTimestamp,
        long lastModifiedTimestamp, Map<String, String> attributes, Map<String, String> tags, long lastPurge,
        long sequenceCeiling) {

    public QueueRecord {
        attributes = frozen(attributes);
        tags = frozen(tags);
    }

    QueueKey key() {
        return new QueueKey(region, name);
    }

    QueueRecord withAttributes(Map<String, String> next, long now) {
        return new QueueRecord(id, name, accountId, region, createdTimestamp, now, next, tags, lastPurge,
                sequenceCeiling);
    }

    QueueRecord withTags(Map<String, String> next) {
        return new QueueRecord(id, name, accountId, region, createdTimestamp, lastModifiedTimestamp, attributes, next,
                lastPurge, sequenceCeiling);
    }

    QueueRecord purgedAt(long now) {
        return new QueueRecord(id, name, accountId, region, createdTimestamp, lastModifiedTimestamp, attributes, tags,
                now, sequenceCeiling);
    }

    QueueRecord withSequenceCeiling(long ceiling) {
        return new QueueRecord(id, name, accountId, region, createdTimestamp, lastModifiedTimestamp, attributes, tags,
                lastPurge, ceiling);
    }

    private static Map<String, String> frozen(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
