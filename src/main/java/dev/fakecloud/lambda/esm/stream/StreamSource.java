package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.lambda.esm.EventSourceExistence;
import dev.fakecloud.lambda.esm.SourceType;
import java.time.Instant;
import java.util.List;

/**
 * A sharded stream an event source mapping reads, as the stream mapping machinery sees it: Kinesis data streams and
 * DynamoDB Streams each provide one. Everything else (per-key order, batches in flight per shard, checkpoints,
 * batching window, filtering, retries, bisection, partial batch responses, on-failure records) is written once, in
 * this package, for every source.
 *
 * <p>Methods are called from the mapping's own event-loop context and must not block; reads are of data in memory.
 *
 * @param <R> the source's own record type, handed back to {@link #eventRecord} and {@link #filterTarget}
 */
public interface StreamSource<R> extends EventSourceExistence {

    /** The kind of source this is ({@link SourceType#KINESIS} or {@link SourceType#DYNAMODB_STREAMS}). */
    @Override
    SourceType type();

    /** Whether the stream exists now. */
    @Override
    boolean exists(String streamArn);

    /**
     * Every shard of the stream still retained (open and closed), with its parents; empty when the stream is gone.
     * A shard's records are delivered only after its parents' have been, as AWS does.
     */
    List<StreamShard> shards(String streamArn);

    /**
     * The sequence number of the newest record of the shard now, or null when it holds none: where a mapping with
     * {@code StartingPosition=LATEST} starts (after it).
     */
    String latestSequenceNumber(String streamArn, String shardId);

    /**
     * Up to {@code max} records of the shard in order: those after {@code afterSequenceNumber} (null: from the
     * oldest retained record) that arrived at or after {@code notBefore} (null: whenever). Never copies the shard.
     */
    ShardRead<R> read(String streamArn, String shardId, String afterSequenceNumber, Instant notBefore, int max);

    /**
     * Runs {@code changed} (on the writer's thread; it must not block) whenever records are added to the stream or
     * its shards change (split, merge, deletion). Null when the stream does not exist.
     */
    Subscription subscribe(String streamArn, Runnable changed);

    /** One element of the {@code Records} array Lambda hands the function, exactly as AWS shapes it. */
    ObjectNode eventRecord(StreamRecord<R> record, RecordContext context);

    /**
     * What {@code FilterCriteria} patterns are matched against: the event record with its payload decoded where
     * AWS decodes it (Kinesis: {@code data} parsed as JSON when it is JSON).
     */
    ObjectNode filterTarget(StreamRecord<R> record, ObjectNode eventRecord);

    /**
     * The key whose records must reach the function in order (Kinesis: the partition key; DynamoDB Streams: the
     * item's key). With {@code ParallelizationFactor} above 1, records of one key always go to the same slot.
     */
    String partitionKey(StreamRecord<R> record);

    /** The member naming the batch in an on-failure record: {@code KinesisBatchInfo} or {@code DDBStreamBatchInfo}. */
    String batchInfoMember();

    /** A registration; closing it stops the notifications. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Who a record is delivered for: the shard it came from and the mapping's stream, region and function role. */
    record RecordContext(String shardId, String streamArn, String region, String functionRole) {
    }

    /** One shard: its id, its parents (null when none) and whether it is closed (no record will be added). */
    record StreamShard(String shardId, String parentShardId, String adjacentParentShardId, boolean closed) {
    }

    /**
     * One record: its sequence number (a decimal string, increasing within the shard), when it arrived, its size as
     * it counts against the 6 MB payload bound, and the source's own value.
     */
    record StreamRecord<R>(String sequenceNumber, Instant approximateArrival, int size, R value) {
    }

    /**
     * A page of a shard.
     *
     * @param endOfShard true when the shard is closed and nothing follows the last record returned: the mapping is
     *     done with it and its children may start
     */
    record ShardRead<R>(List<StreamRecord<R>> records, boolean endOfShard) {
    }
}
