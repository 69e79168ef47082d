package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StoredRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * What other parts of fakecloud (event source mappings) use of Kinesis, by stream ARN: the shards, reading a shard
 * from a sequence number on a page at a time, and being told, without polling, when records arrive or shards
 * change.
 */
@ApplicationScoped
public class KinesisService {

    private final StreamStore store;
    private final ShardLog log;

    public KinesisService(StreamStore store, ShardLog log) {
        this.store = store;
        this.log = log;
    }

    /** A registration; closing it stops the notifications. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** A shard as a consumer sees it. */
    public record ShardInfo(String shardId, String parentShardId, String adjacentParentShardId, boolean closed) {
    }

    /** A record as a consumer sees it. */
    public record DataRecord(String sequenceNumber, Instant approximateArrivalTimestamp, String partitionKey,
            byte[] data, String encryptionType) {
    }

    public boolean exists(String streamArn) {
        return store.get(streamArn) != null;
    }

    /** The retained shards of a stream, in creation order; empty when there is no such stream. */
    public List<ShardInfo> shards(String streamArn) {
        KinesisStream stream = store.get(streamArn);
        return stream == null ? List.of() : stream.shards().stream()
                .map(s -> new ShardInfo(s.shardId(), s.parentShardId(), s.adjacentParentShardId(), !s.open()))
                .toList();
    }

    /** The sequence number of the newest record of a shard, or null. */
    public String latestSequenceNumber(String streamArn, String shardId) {
        StoredRecord last = store.last(streamArn, shardId);
        return last == null ? null : last.sequenceNumber();
    }

    /**
     * A page of a shard.
     *
     * @param endOfShard the shard is closed and nothing follows the records returned
     */
    public record Read(List<DataRecord> records, boolean endOfShard) {
    }

    /**
     * Up to {@code max} unexpired records of a shard after {@code afterSequenceNumber} (null: from the oldest) that
     * arrived at or after {@code notBefore} (null: any); empty and not ended when the stream or shard is gone.
     */
    public Read read(String streamArn, String shardId, String afterSequenceNumber, Instant notBefore, int max) {
        KinesisStream stream = store.get(streamArn);
        Shard shard = stream == null ? null : stream.shard(shardId);
        if (shard == null) {
            return new Read(List.of(), false);
        }
        long from = 0;
        if (afterSequenceNumber != null) {
            long[] parsed = SequenceNumbers.parse(afterSequenceNumber);
            from = parsed == null ? 0 : parsed[1] + 1;
        }
        ShardLog.Page page = log.read(stream, shardId, from, notBefore == null ? 0 : notBefore.toEpochMilli(), max,
                Long.MAX_VALUE);
        List<DataRecord> records = page.records().stream().map(r -> new DataRecord(r.sequenceNumber(),
                Instant.ofEpochMilli(r.arrivalMillis()), r.partitionKey(), r.data(), r.encryptionType())).toList();
        return new Read(records, !shard.open() && page.caughtUp());
    }

    /**
     * Runs {@code listener} (on the writer's thread; it must not block) when records are put to the stream or its
     * shards change. Null when the stream does not exist.
     */
    public Subscription onChange(String streamArn, Runnable listener) {
        if (store.get(streamArn) == null) {
            return null;
        }
        Runnable cancel = store.listen(streamArn, listener);
        return cancel::run;
    }
}
