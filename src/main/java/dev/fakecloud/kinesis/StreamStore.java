package dev.fakecloud.kinesis;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.RecordKey;
import dev.fakecloud.kinesis.model.StoredRecord;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.UnaryOperator;

/**
 * Every stream (by ARN), every record (one sorted table in which each shard is a key range, so a shard is read a
 * page at a time and never copied) and every resource policy, in the state store. Also who listens for new records
 * of a stream: event source mappings are told, never poll.
 */
@Startup
@ApplicationScoped
public class StreamStore {

    private final Table<String, KinesisStream> streams;
    private final Table<RecordKey, StoredRecord> records;
    private final Table<String, String> policies;
    private final Map<String, Object> appendLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    public StreamStore(StateStore store) {
        this.streams = store.sortedTable("kinesis.streams", String.class, KinesisStream.class,
                Comparator.naturalOrder());
        this.records = store.sortedTable("kinesis.records", RecordKey.class, StoredRecord.class, RecordKey.ORDER);
        this.policies = store.table("kinesis.policies", String.class, String.class);
    }

    KinesisStream get(String arn) {
        return arn == null ? null : streams.get(arn);
    }

    /** Stores the stream unless its ARN is taken; returns the one stored before, or null. */
    KinesisStream putIfAbsent(KinesisStream stream) {
        return streams.putIfAbsent(stream.arn(), stream);
    }

    /** Changes a stream atomically ({@code change} may throw to refuse); returns the new value or null. */
    KinesisStream update(String arn, UnaryOperator<KinesisStream> change) {
        KinesisStream next = streams.update(arn, change);
        notifyListeners(arn);
        return next;
    }

    KinesisStream remove(String arn) {
        KinesisStream removed = streams.remove(arn);
        if (removed != null) {
            removed.shards().forEach(s -> dropRecords(RecordKey.shard(arn, s.shardId()), Long.MAX_VALUE));
            policies.remove(arn);
            removed.consumers().forEach(c -> policies.remove(c.arn()));
            notifyListeners(arn);
        }
        return removed;
    }

    /** The streams of one account and region, in name order. */
    List<KinesisStream> inRegion(String accountId, String region) {
        String prefix = "arn:aws:kinesis:" + region + ":" + accountId + ":stream/";
        return streams.range(prefix, prefix.substring(0, prefix.length() - 1) + "0");
    }

    List<KinesisStream> all() {
        return streams.sortedValues();
    }

    /**
     * Appends a record to a shard under the next counter, so that counters (and sequence numbers) increase in the
     * order records become visible: a reader that has seen counter n never later finds a record before n.
     */
    StoredRecord append(String streamArn, String shardId, int shardIndex, String partitionKey, byte[] data,
            String encryptionType) {
        String shard = RecordKey.shard(streamArn, shardId);
        StoredRecord record;
        synchronized (appendLocks.computeIfAbsent(shard, k -> new Object())) {
            long now = System.currentTimeMillis();
            long counter = counters.merge(shard, now * 1000, (last, floor) -> Math.max(last + 1, floor));
            record = new StoredRecord(SequenceNumbers.of(shardIndex, counter), counter, partitionKey, data, now,
                    encryptionType);
            records.put(new RecordKey(shard, counter), record);
        }
        return record;
    }

    /** The counter the next record of a shard will have at least: where a new shard's sequence numbers start. */
    long counterFloor() {
        return System.currentTimeMillis() * 1000;
    }

    /** Up to {@code limit} records of a shard from {@code fromCounter} on, in order. */
    List<StoredRecord> read(String streamArn, String shardId, long fromCounter, int limit) {
        String shard = RecordKey.shard(streamArn, shardId);
        return records.range(new RecordKey(shard, fromCounter), new RecordKey(shard, Long.MAX_VALUE), limit);
    }

    /** The newest record of a shard, or null. */
    StoredRecord last(String streamArn, String shardId) {
        String shard = RecordKey.shard(streamArn, shardId);
        RecordKey key = records.lastKeyIn(new RecordKey(shard, 0), new RecordKey(shard, Long.MAX_VALUE));
        return key == null ? null : records.get(key);
    }

    /** Removes up to {@code max} of a shard's records that arrived before {@code cutoffMillis}; returns how many. */
    int expire(String streamArn, String shardId, long cutoffMillis, int max) {
        String shard = RecordKey.shard(streamArn, shardId);
        int removed = 0;
        for (StoredRecord r : records.range(new RecordKey(shard, 0), new RecordKey(shard, Long.MAX_VALUE), max)) {
            if (r.arrivalMillis() >= cutoffMillis) {
                break;
            }
            records.remove(new RecordKey(shard, r.counter()));
            removed++;
        }
        return removed;
    }

    private void dropRecords(String shard, long upTo) {
        List<RecordKey> keys;
        do {
            keys = records.keys(new RecordKey(shard, 0), new RecordKey(shard, upTo), 10_000);
            keys.forEach(records::remove);
        } while (!keys.isEmpty());
        counters.remove(shard);
        appendLocks.remove(shard);
    }

    String policy(String arn) {
        return policies.get(arn);
    }

    void putPolicy(String arn, String policy) {
        policies.put(arn, policy);
    }

    void removePolicy(String arn) {
        policies.remove(arn);
    }

    /** Registers a listener told (on the writer's thread) of new records and shard changes. */
    Runnable listen(String streamArn, Runnable listener) {
        listeners.computeIfAbsent(streamArn, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> {
            Set<Runnable> set = listeners.get(streamArn);
            if (set != null) {
                set.remove(listener);
            }
        };
    }

    void notifyListeners(String streamArn) {
        Set<Runnable> set = listeners.get(streamArn);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }
}
