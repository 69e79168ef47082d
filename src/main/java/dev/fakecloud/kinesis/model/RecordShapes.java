package dev.fakecloud.kinesis.model;

import dev.fakecloud.kinesis.model.StreamShapes.HashKeyRange;
import dev.fakecloud.kinesis.model.StreamShapes.StreamRef;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** The wire shapes of Kinesis's data plane and consumers: putting and getting records, iterators, consumers. */
@RegisterForReflection
public final class RecordShapes {

    private RecordShapes() {
    }

    public record PutRecordInput(String streamName, String streamARN, byte[] data, String partitionKey,
            String explicitHashKey, String sequenceNumberForOrdering) implements StreamRef {
    }

    public record PutRecordOutput(String shardId, String sequenceNumber, String encryptionType) {
    }

    public record PutRecordsRequestEntry(byte[] data, String explicitHashKey, String partitionKey) {
    }

    public record PutRecordsInput(List<PutRecordsRequestEntry> records, String streamName, String streamARN)
            implements StreamRef {
    }

    public record PutRecordsResultEntry(String sequenceNumber, String shardId, String errorCode,
            String errorMessage) {
    }

    public record PutRecordsOutput(int failedRecordCount, List<PutRecordsResultEntry> records,
            String encryptionType) {
    }

    public record GetShardIteratorInput(String streamName, String streamARN, String shardId,
            String shardIteratorType, String startingSequenceNumber, Instant timestamp) implements StreamRef {
    }

    public record GetShardIteratorOutput(String shardIterator) {
    }

    public record GetRecordsInput(String shardIterator, Integer limit, String streamARN) {
    }

    public record RecordShape(String sequenceNumber, Instant approximateArrivalTimestamp, byte[] data,
            String partitionKey, String encryptionType) {
    }

    public record ChildShard(String shardId, List<String> parentShards, HashKeyRange hashKeyRange) {
    }

    public record GetRecordsOutput(List<RecordShape> records, String nextShardIterator, Long millisBehindLatest,
            List<ChildShard> childShards) {
    }

    public record ConsumerInput(String streamARN, String consumerName, String consumerARN) {
    }

    public record RegisterStreamConsumerInput(String streamARN, String consumerName,
            java.util.Map<String, String> tags) {
    }

    public record ConsumerShape(String consumerName, String consumerARN, String consumerStatus,
            Instant consumerCreationTimestamp) {
    }

    public record RegisterStreamConsumerOutput(ConsumerShape consumer) {
    }

    public record ConsumerDescription(String consumerName, String consumerARN, String consumerStatus,
            Instant consumerCreationTimestamp, String streamARN) {
    }

    public record DescribeStreamConsumerOutput(ConsumerDescription consumerDescription) {
    }

    public record ListStreamConsumersInput(String streamARN, String nextToken, Integer maxResults,
            Instant streamCreationTimestamp) {
    }

    public record ListStreamConsumersOutput(List<ConsumerShape> consumers, String nextToken) {
    }

    public record StartingPosition(String type, String sequenceNumber, Instant timestamp) {
    }

    public record SubscribeToShardInput(String consumerARN, String shardId, StartingPosition startingPosition) {
    }

    /**
     * One event of a SubscribeToShard stream: the records that arrived (none in a heartbeat), where to continue
     * from (null once a closed shard has been read to its end) and, then, the shards that follow it.
     */
    public record SubscribeToShardEvent(List<RecordShape> records, String continuationSequenceNumber,
            long millisBehindLatest, List<ChildShard> childShards) {
    }
}
