package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * Request and response shapes of CloudWatch Logs (2014-03-28) as AWS JSON 1.1 names them (lower camel case);
 * timestamps are epoch milliseconds.
 */
public final class LogsShapes {

    private LogsShapes() {
    }

    @RegisterForReflection
    public record Empty() {
    }

    @RegisterForReflection
    public record CreateLogGroupRequest(String logGroupName, String kmsKeyId, Map<String, String> tags,
            String logGroupClass, Boolean deletionProtectionEnabled) {
    }

    @RegisterForReflection
    public record LogGroupNameRequest(String logGroupName) {
    }

    @RegisterForReflection
    public record DescribeLogGroupsRequest(String logGroupNamePrefix, String logGroupNamePattern, String nextToken,
            Integer limit, Boolean includeLinkedAccounts, String logGroupClass, List<String> logGroupIdentifiers) {
    }

    @RegisterForReflection
    public record LogGroup(String logGroupName, Long creationTime, Integer retentionInDays, Integer metricFilterCount,
            String arn, Long storedBytes, String kmsKeyId, String dataProtectionStatus,
            List<String> inheritedProperties, String logGroupClass, String logGroupArn,
            Boolean deletionProtectionEnabled, Boolean bearerTokenAuthenticationEnabled) {
    }

    @RegisterForReflection
    public record DescribeLogGroupsResponse(List<LogGroup> logGroups, String nextToken) {
    }

    @RegisterForReflection
    public record PutRetentionPolicyRequest(String logGroupName, Integer retentionInDays) {
    }

    @RegisterForReflection
    public record LogStreamRequest(String logGroupName, String logStreamName) {
    }

    @RegisterForReflection
    public record DescribeLogStreamsRequest(String logGroupName, String logGroupIdentifier,
            String logStreamNamePrefix, String orderBy, Boolean descending, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record LogStream(String logStreamName, Long creationTime, Long firstEventTimestamp,
            Long lastEventTimestamp, Long lastIngestionTime, String uploadSequenceToken, String arn,
            Long storedBytes) {
    }

    @RegisterForReflection
    public record DescribeLogStreamsResponse(List<LogStream> logStreams, String nextToken) {
    }

    @RegisterForReflection
    public record InputLogEvent(Long timestamp, String message) {
    }

    @RegisterForReflection
    public record PutLogEventsRequest(String logGroupName, String logStreamName, List<InputLogEvent> logEvents,
            String sequenceToken) {
    }

    @RegisterForReflection
    public record RejectedLogEventsInfo(Integer tooNewLogEventStartIndex, Integer tooOldLogEventEndIndex,
            Integer expiredLogEventEndIndex) {
    }

    @RegisterForReflection
    public record PutLogEventsResponse(String nextSequenceToken, RejectedLogEventsInfo rejectedLogEventsInfo) {
    }

    @RegisterForReflection
    public record GetLogEventsRequest(String logGroupName, String logGroupIdentifier, String logStreamName,
            Long startTime, Long endTime, String nextToken, Integer limit, Boolean startFromHead, Boolean unmask) {
    }

    @RegisterForReflection
    public record OutputLogEvent(Long timestamp, String message, Long ingestionTime) {
    }

    @RegisterForReflection
    public record GetLogEventsResponse(List<OutputLogEvent> events, String nextForwardToken,
            String nextBackwardToken) {
    }

    @RegisterForReflection
    public record FilterLogEventsRequest(String logGroupName, String logGroupIdentifier, List<String> logStreamNames,
            String logStreamNamePrefix, Long startTime, Long endTime, String filterPattern, String nextToken,
            Integer limit, Boolean interleaved, Boolean unmask) {
    }

    @RegisterForReflection
    public record FilteredLogEvent(String logStreamName, Long timestamp, String message, Long ingestionTime,
            String eventId) {
    }

    @RegisterForReflection
    public record SearchedLogStream(String logStreamName, Boolean searchedCompletely) {
    }

    @RegisterForReflection
    public record FilterLogEventsResponse(List<FilteredLogEvent> events, List<SearchedLogStream> searchedLogStreams,
            String nextToken) {
    }

    @RegisterForReflection
    public record TagLogGroupRequest(String logGroupName, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record UntagLogGroupRequest(String logGroupName, List<String> tags) {
    }

    @RegisterForReflection
    public record TagsResponse(Map<String, String> tags) {
    }

    @RegisterForReflection
    public record TagResourceRequest(String resourceArn, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
    }

    @RegisterForReflection
    public record ResourceArnRequest(String resourceArn) {
    }

    @RegisterForReflection
    public record PutSubscriptionFilterRequest(String logGroupName, String filterName, String filterPattern,
            String destinationArn, String roleArn, String distribution, Boolean applyOnTransformedLogs) {
    }

    @RegisterForReflection
    public record SubscriptionFilter(String filterName, String logGroupName, String filterPattern,
            String destinationArn, String roleArn, String distribution, Boolean applyOnTransformedLogs,
            Long creationTime) {
    }

    @RegisterForReflection
    public record DescribeSubscriptionFiltersRequest(String logGroupName, String filterNamePrefix, String nextToken,
            Integer limit) {
    }

    @RegisterForReflection
    public record DescribeSubscriptionFiltersResponse(List<SubscriptionFilter> subscriptionFilters,
            String nextToken) {
    }

    @RegisterForReflection
    public record DeleteSubscriptionFilterRequest(String logGroupName, String filterName) {
    }
}
