package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (2014-03-28) shapes of Logs Insights queries, query definitions, scheduled queries, lookup tables and the fields of a group, named and typed as the service model names them (AWS JSON 1.1,
 * lower camel case; timestamps in epoch milliseconds unless the model says seconds).
 */
public final class QueryShapes {

    private QueryShapes() {
    }

    @RegisterForReflection
    public record CreateLookupTableRequest(String lookupTableName, String description, String tableBody,
            String kmsKeyId, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record CreateLookupTableResponse(String lookupTableArn, Long createdAt) {
    }

    @RegisterForReflection
    public record CreateScheduledQueryRequest(String name, String description, String queryLanguage,
            String queryString, List<String> logGroupIdentifiers, String scheduleExpression, String timezone,
            Long startTimeOffset, DestinationConfiguration destinationConfiguration, Long scheduleStartTime,
            Long scheduleEndTime, String executionRoleArn, String state, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record DestinationConfiguration(S3Configuration s3Configuration) {
    }

    @RegisterForReflection
    public record S3Configuration(String destinationIdentifier, String roleArn, String ownerAccountId, String kmsKeyId) {
    }

    @RegisterForReflection
    public record CreateScheduledQueryResponse(String scheduledQueryArn, String state) {
    }

    @RegisterForReflection
    public record DeleteLookupTableRequest(String lookupTableArn) {
    }

    @RegisterForReflection
    public record DeleteQueryDefinitionRequest(String queryDefinitionId) {
    }

    @RegisterForReflection
    public record DeleteQueryDefinitionResponse(Boolean success) {
    }

    @RegisterForReflection
    public record DeleteScheduledQueryRequest(String identifier) {
    }

    @RegisterForReflection
    public record DeleteScheduledQueryResponse() {
    }

    @RegisterForReflection
    public record DescribeLookupTablesRequest(String lookupTableNamePrefix, Integer maxResults, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeLookupTablesResponse(List<LookupTable> lookupTables, String nextToken) {
    }

    @RegisterForReflection
    public record LookupTable(String lookupTableArn, String lookupTableName, String description,
            List<String> tableFields, Long recordsCount, Long sizeBytes, Long lastUpdatedTime, String kmsKeyId) {
    }

    @RegisterForReflection
    public record DescribeQueriesRequest(String logGroupName, String status, Integer maxResults, String nextToken,
            String queryLanguage) {
    }

    @RegisterForReflection
    public record DescribeQueriesResponse(List<QueryInfo> queries, String nextToken) {
    }

    @RegisterForReflection
    public record QueryInfo(String queryLanguage, String queryId, String queryString, String status, Long createTime,
            String logGroupName, Long queryDuration, Double bytesScanned, String userIdentity) {
    }

    @RegisterForReflection
    public record DescribeQueryDefinitionsRequest(String queryLanguage, String queryDefinitionNamePrefix,
            Integer maxResults, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeQueryDefinitionsResponse(List<QueryDefinition> queryDefinitions, String nextToken) {
    }

    @RegisterForReflection
    public record QueryDefinition(String queryLanguage, String queryDefinitionId, String name, String queryString,
            Long lastModified, List<String> logGroupNames, List<QueryParameter> parameters) {
    }

    @RegisterForReflection
    public record QueryParameter(String name, String defaultValue, String description) {
    }

    @RegisterForReflection
    public record GetLogGroupFieldsRequest(String logGroupName, Long time, String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record GetLogGroupFieldsResponse(List<LogGroupField> logGroupFields) {
    }

    @RegisterForReflection
    public record LogGroupField(String name, Integer percent) {
    }

    @RegisterForReflection
    public record GetLogRecordRequest(String logRecordPointer, Boolean unmask) {
    }

    @RegisterForReflection
    public record GetLogRecordResponse(Map<String, String> logRecord) {
    }

    @RegisterForReflection
    public record GetLookupTableRequest(String lookupTableArn) {
    }

    @RegisterForReflection
    public record GetLookupTableResponse(String lookupTableArn, String lookupTableName, String description,
            String tableBody, Long sizeBytes, Long lastUpdatedTime, String kmsKeyId) {
    }

    @RegisterForReflection
    public record GetQueryResultsRequest(String queryId, String nextToken, Integer maxItems) {
    }

    @RegisterForReflection
    public record GetQueryResultsResponse(String queryLanguage, List<List<ResultField>> results,
            QueryStatistics statistics, String status, String encryptionKey, String nextToken) {
    }

    @RegisterForReflection
    public record ResultField(String field, String value) {
    }

    @RegisterForReflection
    public record QueryStatistics(Double recordsMatched, Double recordsScanned, Double estimatedRecordsSkipped,
            Double bytesScanned, Double estimatedBytesSkipped, Double logGroupsScanned) {
    }

    @RegisterForReflection
    public record GetScheduledQueryRequest(String identifier) {
    }

    @RegisterForReflection
    public record GetScheduledQueryResponse(String scheduledQueryArn, String name, String description,
            String queryLanguage, String queryString, List<String> logGroupIdentifiers, String scheduleExpression,
            String timezone, Long startTimeOffset, DestinationConfiguration destinationConfiguration, String state,
            Long lastTriggeredTime, String lastExecutionStatus, Long scheduleStartTime, Long scheduleEndTime,
            String executionRoleArn, Long creationTime, Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record GetScheduledQueryHistoryRequest(String identifier, Long startTime, Long endTime,
            List<String> executionStatuses, Integer maxResults, String nextToken) {
    }

    @RegisterForReflection
    public record GetScheduledQueryHistoryResponse(String name, String scheduledQueryArn,
            List<TriggerHistoryRecord> triggerHistory, String nextToken) {
    }

    @RegisterForReflection
    public record TriggerHistoryRecord(String queryId, String executionStatus, Long triggeredTimestamp,
            String errorMessage, List<ScheduledQueryDestination> destinations) {
    }

    @RegisterForReflection
    public record ScheduledQueryDestination(String destinationType, String destinationIdentifier, String status,
            String processedIdentifier, String errorMessage) {
    }

    @RegisterForReflection
    public record ListLogGroupsForQueryRequest(String queryId, String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record ListLogGroupsForQueryResponse(List<String> logGroupIdentifiers, String nextToken) {
    }

    @RegisterForReflection
    public record ListScheduledQueriesRequest(Integer maxResults, String nextToken, String state) {
    }

    @RegisterForReflection
    public record ListScheduledQueriesResponse(String nextToken, List<ScheduledQuerySummary> scheduledQueries) {
    }

    @RegisterForReflection
    public record ScheduledQuerySummary(String scheduledQueryArn, String name, String state, Long lastTriggeredTime,
            String lastExecutionStatus, String scheduleExpression, String timezone,
            DestinationConfiguration destinationConfiguration, Long creationTime, Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record PutQueryDefinitionRequest(String queryLanguage, String name, String queryDefinitionId,
            List<String> logGroupNames, String queryString, String clientToken, List<QueryParameter> parameters) {
    }

    @RegisterForReflection
    public record PutQueryDefinitionResponse(String queryDefinitionId) {
    }

    @RegisterForReflection
    public record StartQueryRequest(String queryLanguage, String logGroupName, List<String> logGroupNames,
            List<String> logGroupIdentifiers, Long startTime, Long endTime, String queryString, Integer limit) {
    }

    @RegisterForReflection
    public record StartQueryResponse(String queryId) {
    }

    @RegisterForReflection
    public record StopQueryRequest(String queryId) {
    }

    @RegisterForReflection
    public record StopQueryResponse(Boolean success) {
    }

    @RegisterForReflection
    public record UpdateLookupTableRequest(String lookupTableArn, String description, String tableBody,
            String kmsKeyId) {
    }

    @RegisterForReflection
    public record UpdateLookupTableResponse(String lookupTableArn, Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record UpdateScheduledQueryRequest(String identifier, String description, String queryLanguage,
            String queryString, List<String> logGroupIdentifiers, String scheduleExpression, String timezone,
            Long startTimeOffset, DestinationConfiguration destinationConfiguration, Long scheduleStartTime,
            Long scheduleEndTime, String executionRoleArn, String state) {
    }

    @RegisterForReflection
    public record UpdateScheduledQueryResponse(String scheduledQueryArn, String name, String description,
            String queryLanguage, String queryString, List<String> logGroupIdentifiers, String scheduleExpression,
            String timezone, Long startTimeOffset, DestinationConfiguration destinationConfiguration, String state,
            Long lastTriggeredTime, String lastExecutionStatus, Long scheduleStartTime, Long scheduleEndTime,
            String executionRoleArn, Long creationTime, Long lastUpdatedTime) {
    }
}
