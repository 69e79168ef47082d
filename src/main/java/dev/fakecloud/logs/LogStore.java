package dev.fakecloud.logs;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Log groups, streams and events in the state store. Keys order a region's groups by name and a group's streams by
 * name; events are kept in batches (one row per write), keyed by stream and a sequence that increases with every
 * write, so a stream's events are one key range and a write journals only what it added.
 */
@Startup
@ApplicationScoped
public class LogStore {

    static final char SEP = '\u001f';

    /** One log group. */
    public record Group(String account, String region, String name, long creationTime, Integer retentionInDays,
            Map<String, String> tags, String kmsKeyId, String logGroupClass, Boolean deletionProtection,
            Boolean bearerTokenAuthentication) {

        public Group {
            tags = tags == null ? Map.of() : Map.copyOf(tags);
        }

        String key() {
            return groupKey(account, region, name);
        }

        String arn() {
            return "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
        }

        Group withRetention(Integer days) {
            return new Group(account, region, name, creationTime, days, tags, kmsKeyId, logGroupClass,
                    deletionProtection, bearerTokenAuthentication);
        }

        Group withTags(Map<String, String> next) {
            return new Group(account, region, name, creationTime, retentionInDays, next, kmsKeyId, logGroupClass,
                    deletionProtection, bearerTokenAuthentication);
        }

        Group withKmsKey(String key) {
            return new Group(account, region, name, creationTime, retentionInDays, tags, key, logGroupClass,
                    deletionProtection, bearerTokenAuthentication);
        }

        Group withDeletionProtection(boolean enabled) {
            return new Group(account, region, name, creationTime, retentionInDays, tags, kmsKeyId, logGroupClass,
                    enabled, bearerTokenAuthentication);
        }

        Group withBearerTokenAuthentication(boolean enabled) {
            return new Group(account, region, name, creationTime, retentionInDays, tags, kmsKeyId, logGroupClass,
                    deletionProtection, enabled);
        }

        boolean protectedFromDeletion() {
            return Boolean.TRUE.equals(deletionProtection);
        }
    }

    /** One log stream of a group. */
    public record Stream(String groupKey, String name, long creationTime, Long firstEventTimestamp,
            Long lastEventTimestamp, Long lastIngestionTime, long storedBytes) {

        String key() {
            return groupKey + SEP + name;
        }

        Stream withEvents(long first, long last, long ingestion, long bytes) {
            return new Stream(groupKey, name, creationTime,
                    firstEventTimestamp == null ? first : Math.min(first, firstEventTimestamp),
                    lastEventTimestamp == null ? last : Math.max(last, lastEventTimestamp), ingestion,
                    storedBytes + bytes);
        }
    }

    /** One event as stored. */
    public record Event(long timestamp, String message, long ingestionTime) {
    }

    /** The events of one write to one stream. */
    public record Batch(String stream, long seq, List<Event> events) {

        public Batch {
            events = List.copyOf(events);
        }
    }

    /** Where a batch lives: its stream's key and its sequence. */
    public record BatchKey(String stream, long seq) {

        static final Comparator<BatchKey> ORDER = Comparator.comparing(BatchKey::stream)
                .thenComparingLong(BatchKey::seq);
    }

    private final Table<String, Group> groups;
    private final Table<String, Stream> streams;
    private final Table<BatchKey, Batch> batches;
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);

    public LogStore(StateStore store) {
        this.groups = store.sortedTable("logs.groups", String.class, Group.class, Comparator.naturalOrder());
        this.streams = store.sortedTable("logs.streams", String.class, Stream.class, Comparator.naturalOrder());
        this.batches = store.sortedTable("logs.events", BatchKey.class, Batch.class, BatchKey.ORDER);
    }

    static String groupKey(String account, String region, String name) {
        return account + SEP + region + SEP + name;
    }

    Group group(String key) {
        return groups.get(key);
    }

    Group putGroupIfAbsent(Group g) {
        return groups.putIfAbsent(g.key(), g);
    }

    Group updateGroup(String key, UnaryOperator<Group> change) {
        return groups.update(key, change);
    }

    /** The groups of a region whose name starts with {@code prefix}, in name order. */
    List<Group> groups(String account, String region, String prefix) {
        String from = groupKey(account, region, prefix == null ? "" : prefix);
        List<Group> out = new ArrayList<>();
        for (Group g : groups.tail(from, true)) {
            if (!g.key().startsWith(from)) {
                break;
            }
            out.add(g);
        }
        return out;
    }

    List<Group> allGroups() {
        return List.copyOf(groups.values());
    }

    /** Removes a group with its streams and events; false when there was none. */
    boolean removeGroup(String key) {
        if (groups.remove(key) == null) {
            return false;
        }
        for (Stream s : streams(key, "")) {
            removeStream(s.key());
        }
        return true;
    }

    Stream stream(String key) {
        return streams.get(key);
    }

    Stream putStreamIfAbsent(Stream s) {
        return streams.putIfAbsent(s.key(), s);
    }

    Stream updateStream(String key, UnaryOperator<Stream> change) {
        return streams.update(key, change);
    }

    /** The streams of a group whose name starts with {@code prefix}, in name order. */
    List<Stream> streams(String groupKey, String prefix) {
        String from = groupKey + SEP + (prefix == null ? "" : prefix);
        List<Stream> out = new ArrayList<>();
        for (Stream s : streams.tail(from, true)) {
            if (!s.key().startsWith(from)) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    boolean removeStream(String key) {
        if (streams.remove(key) == null) {
            return false;
        }
        for (Batch b : batches(key)) {
            batches.remove(new BatchKey(b.stream(), b.seq()));
        }
        return true;
    }

    /** Stores one write's events; returns its batch. */
    Batch append(String streamKey, List<Event> events) {
        Batch b = new Batch(streamKey, sequence.incrementAndGet(), events);
        batches.put(new BatchKey(streamKey, b.seq()), b);
        return b;
    }

    /** A stream's batches in write order. */
    List<Batch> batches(String streamKey) {
        return batches.range(new BatchKey(streamKey, Long.MIN_VALUE), new BatchKey(streamKey, Long.MAX_VALUE));
    }

    /** Drops a stream's events older than {@code cutoff}; returns how many. */
    int dropOlder(String streamKey, long cutoff) {
        int dropped = 0;
        for (Batch b : batches(streamKey)) {
            List<Event> kept = b.events().stream().filter(e -> e.timestamp() >= cutoff).toList();
            if (kept.size() == b.events().size()) {
                continue;
            }
            dropped += b.events().size() - kept.size();
            BatchKey key = new BatchKey(b.stream(), b.seq());
            if (kept.isEmpty()) {
                batches.remove(key);
            } else {
                batches.put(key, new Batch(b.stream(), b.seq(), kept));
            }
        }
        return dropped;
    }
}
