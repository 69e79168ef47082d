package dev.fakecloud.kinesis.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The wire shapes of Kinesis's stream, shard and account operations (member names as the model spells them). */
@RegisterForReflection
public final class StreamShapes {

    private StreamShapes() {
    }

    /** The members by which most operations name their stream: a name or an ARN (and the unused StreamId). */
    public interface StreamRef {
        String streamName();

        String streamARN();
    }

    public record StreamModeDetails(String streamMode) {
    }

    public record CreateStreamInput(String streamName, Integer shardCount, StreamModeDetails streamModeDetails,
            Map<String, String> tags, Integer warmThroughputMiBps, Integer maxRecordSizeInKiB) {
    }

    public record StreamInput(String streamName, String streamARN, String streamId) implements StreamRef {
    }

    public record DeleteStreamInput(String streamName, String streamARN, Boolean enforceConsumerDeletion)
            implements StreamRef {
    }

    public record DescribeStreamInput(String streamName, String streamARN, Integer limit,
            String exclusiveStartShardId) implements StreamRef {
    }

    public record HashKeyRange(String startingHashKey, String endingHashKey) {
    }

    public record SequenceNumberRange(String startingSequenceNumber, String endingSequenceNumber) {
    }

    public record ShardShape(String shardId, String parentShardId, String adjacentParentShardId,
            HashKeyRange hashKeyRange, SequenceNumberRange sequenceNumberRange) {
    }

    public record EnhancedMetrics(List<String> shardLevelMetrics) {
    }

    public record WarmThroughput(Integer targetMiBps, Integer currentMiBps) {
    }

    public record StreamDescription(String streamName, String streamARN, String streamStatus,
            StreamModeDetails streamModeDetails, List<ShardShape> shards, boolean hasMoreShards,
            int retentionPeriodHours, Instant streamCreationTimestamp, List<EnhancedMetrics> enhancedMonitoring,
            String encryptionType, String keyId) {
    }

    public record DescribeStreamOutput(StreamDescription streamDescription) {
    }

    public record StreamDescriptionSummary(String streamName, String streamARN, String streamId, String streamStatus,
            StreamModeDetails streamModeDetails, int retentionPeriodHours, Instant streamCreationTimestamp,
            List<EnhancedMetrics> enhancedMonitoring, String encryptionType, String keyId, int openShardCount,
            int consumerCount, WarmThroughput warmThroughput, Integer maxRecordSizeInKiB) {
    }

    public record DescribeStreamSummaryOutput(StreamDescriptionSummary streamDescriptionSummary) {
    }

    public record ListStreamsInput(Integer limit, String exclusiveStartStreamName, String nextToken) {
    }

    public record StreamSummary(String streamName, String streamARN, String streamStatus,
            StreamModeDetails streamModeDetails, Instant streamCreationTimestamp) {
    }

    public record ListStreamsOutput(List<String> streamNames, boolean hasMoreStreams, String nextToken,
            List<StreamSummary> streamSummaries) {
    }

    public record RetentionInput(String streamName, String streamARN, Integer retentionPeriodHours)
            implements StreamRef {
    }

    public record ShardFilter(String type, String shardId, Instant timestamp) {
    }

    public record ListShardsInput(String streamName, String streamARN, String nextToken,
            String exclusiveStartShardId, Integer maxResults, Instant streamCreationTimestamp,
            ShardFilter shardFilter) implements StreamRef {
    }

    public record ListShardsOutput(List<ShardShape> shards, String nextToken) {
    }

    public record SplitShardInput(String streamName, String streamARN, String shardToSplit,
            String newStartingHashKey) implements StreamRef {
    }

    public record MergeShardsInput(String streamName, String streamARN, String shardToMerge,
            String adjacentShardToMerge) implements StreamRef {
    }

    public record UpdateShardCountInput(String streamName, String streamARN, Integer targetShardCount,
            String scalingType) implements StreamRef {
    }

    public record UpdateShardCountOutput(String streamName, int currentShardCount, int targetShardCount,
            String streamARN) {
    }

    public record UpdateStreamModeInput(String streamARN, StreamModeDetails streamModeDetails,
            Integer warmThroughputMiBps) implements StreamRef {
        @Override
        public String streamName() {
            return null;
        }
    }

    public record UpdateStreamWarmThroughputInput(String streamName, String streamARN, Integer warmThroughputMiBps)
            implements StreamRef {
    }

    public record UpdateStreamWarmThroughputOutput(String streamARN, String streamName,
            WarmThroughput warmThroughput) {
    }

    public record UpdateMaxRecordSizeInput(String streamARN, Integer maxRecordSizeInKiB) implements StreamRef {
        @Override
        public String streamName() {
            return null;
        }
    }

    public record MonitoringInput(String streamName, String streamARN, List<String> shardLevelMetrics)
            implements StreamRef {
    }

    public record EnhancedMonitoringOutput(String streamName, List<String> currentShardLevelMetrics,
            List<String> desiredShardLevelMetrics, String streamARN) {
    }

    public record EncryptionInput(String streamName, String streamARN, String encryptionType, String keyId)
            implements StreamRef {
    }

    public record AddTagsInput(String streamName, String streamARN, Map<String, String> tags) implements StreamRef {
    }

    public record RemoveTagsInput(String streamName, String streamARN, List<String> tagKeys) implements StreamRef {
    }

    public record ListTagsForStreamInput(String streamName, String streamARN, String exclusiveStartTagKey,
            Integer limit) implements StreamRef {
    }

    public record Tag(String key, String value) {
    }

    public record ListTagsForStreamOutput(List<Tag> tags, boolean hasMoreTags) {
    }

    public record TagResourceInput(String resourceARN, Map<String, String> tags) {
    }

    public record UntagResourceInput(String resourceARN, List<String> tagKeys) {
    }

    public record ResourceInput(String resourceARN) {
    }

    public record ListTagsForResourceOutput(List<Tag> tags) {
    }

    public record PutResourcePolicyInput(String resourceARN, String policy) {
    }

    public record GetResourcePolicyOutput(String policy) {
    }

    public record DescribeLimitsOutput(int shardLimit, int openShardCount, int onDemandStreamCount,
            int onDemandStreamCountLimit) {
    }

    public record BillingCommitment(String status, Instant startedAt, Instant endedAt, Instant earliestAllowedEndAt) {
    }

    public record AccountSettingsOutput(BillingCommitment minimumThroughputBillingCommitment) {
    }

    public record UpdateAccountSettingsInput(BillingCommitment minimumThroughputBillingCommitment) {
    }

    public record Empty() {
    }
}
