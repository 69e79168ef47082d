package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (2014-03-28) shapes of export and import tasks, anomaly detection, log group listings and log objects, named and typed as the service model names them (AWS JSON 1.1,
 * lower camel case; timestamps in epoch milliseconds unless the model says seconds).
 */
public final class TaskShapes {

    private TaskShapes() {
    }

    @RegisterForReflection
    public record CancelExportTaskRequest(String taskId) {
    }

    @RegisterForReflection
    public record CancelImportTaskRequest(String importId) {
    }

    @RegisterForReflection
    public record CancelImportTaskResponse(String importId, ImportStatistics importStatistics, String importStatus,
            Long creationTime, Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record ImportStatistics(Long bytesImported) {
    }

    @RegisterForReflection
    public record CreateExportTaskRequest(String taskName, String logGroupName, String logStreamNamePrefix, Long from,
            Long to, String destination, String destinationPrefix) {
    }

    @RegisterForReflection
    public record CreateExportTaskResponse(String taskId) {
    }

    @RegisterForReflection
    public record CreateImportTaskRequest(String importSourceArn, String importRoleArn, ImportFilter importFilter) {
    }

    @RegisterForReflection
    public record ImportFilter(Long startEventTime, Long endEventTime) {
    }

    @RegisterForReflection
    public record CreateImportTaskResponse(String importId, String importDestinationArn, Long creationTime) {
    }

    @RegisterForReflection
    public record CreateLogAnomalyDetectorRequest(List<String> logGroupArnList, String detectorName,
            String evaluationFrequency, String filterPattern, String kmsKeyId, Long anomalyVisibilityTime,
            Map<String, String> tags) {
    }

    @RegisterForReflection
    public record CreateLogAnomalyDetectorResponse(String anomalyDetectorArn) {
    }

    @RegisterForReflection
    public record DeleteLogAnomalyDetectorRequest(String anomalyDetectorArn) {
    }

    @RegisterForReflection
    public record DescribeExportTasksRequest(String taskId, String statusCode, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeExportTasksResponse(List<ExportTask> exportTasks, String nextToken) {
    }

    @RegisterForReflection
    public record ExportTask(String taskId, String taskName, String logGroupName, Long from, Long to,
            String destination, String destinationPrefix, ExportTaskStatus status,
            ExportTaskExecutionInfo executionInfo) {
    }

    @RegisterForReflection
    public record ExportTaskStatus(String code, String message) {
    }

    @RegisterForReflection
    public record ExportTaskExecutionInfo(Long creationTime, Long completionTime) {
    }

    @RegisterForReflection
    public record DescribeImportTaskBatchesRequest(String importId, List<String> batchImportStatus, Integer limit,
            String nextToken) {
    }

    @RegisterForReflection
    public record DescribeImportTaskBatchesResponse(String importSourceArn, String importId,
            List<ImportBatch> importBatches, String nextToken) {
    }

    @RegisterForReflection
    public record ImportBatch(String batchId, String status, String errorMessage) {
    }

    @RegisterForReflection
    public record DescribeImportTasksRequest(String importId, String importStatus, String importSourceArn,
            Integer limit, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeImportTasksResponse(List<Import> imports, String nextToken) {
    }

    @RegisterForReflection
    public record Import(String importId, String importSourceArn, String importStatus, String importDestinationArn,
            ImportStatistics importStatistics, ImportFilter importFilter, Long creationTime, Long lastUpdatedTime,
            String errorMessage) {
    }

    @RegisterForReflection
    public record GetLogAnomalyDetectorRequest(String anomalyDetectorArn) {
    }

    @RegisterForReflection
    public record GetLogAnomalyDetectorResponse(String detectorName, List<String> logGroupArnList,
            String evaluationFrequency, String filterPattern, String anomalyDetectorStatus, String kmsKeyId,
            Long creationTimeStamp, Long lastModifiedTimeStamp, Long anomalyVisibilityTime) {
    }

    @RegisterForReflection
    public record GetLogFieldsRequest(String dataSourceName, String dataSourceType) {
    }

    @RegisterForReflection
    public record GetLogFieldsResponse(List<LogFieldsListItem> logFields) {
    }

    @RegisterForReflection
    public record LogFieldsListItem(String logFieldName, LogFieldType logFieldType) {
    }

    @RegisterForReflection
    public record LogFieldType(String type, LogFieldType element, List<LogFieldsListItem> fields) {
    }

    @RegisterForReflection
    public record GetLogObjectRequest(Boolean unmask, String logObjectPointer) {
    }

    @RegisterForReflection
    public record GetLogObjectResponse(Object fieldStream) {
    }

    @RegisterForReflection
    public record ListAggregateLogGroupSummariesRequest(List<String> accountIdentifiers,
            Boolean includeLinkedAccounts, String logGroupClass, String logGroupNamePattern,
            List<DataSourceFilter> dataSources, String groupBy, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DataSourceFilter(String name, String type) {
    }

    @RegisterForReflection
    public record ListAggregateLogGroupSummariesResponse(List<AggregateLogGroupSummary> aggregateLogGroupSummaries,
            String nextToken) {
    }

    @RegisterForReflection
    public record AggregateLogGroupSummary(Integer logGroupCount, List<GroupingIdentifier> groupingIdentifiers) {
    }

    @RegisterForReflection
    public record GroupingIdentifier(String key, String value) {
    }

    @RegisterForReflection
    public record ListAnomaliesRequest(String anomalyDetectorArn, String suppressionState, Integer limit,
            String nextToken) {
    }

    @RegisterForReflection
    public record ListAnomaliesResponse(List<Anomaly> anomalies, String nextToken) {
    }

    @RegisterForReflection
    public record Anomaly(String anomalyId, String patternId, String anomalyDetectorArn, String patternString,
            String patternRegex, String priority, Long firstSeen, Long lastSeen, String description, Boolean active,
            String state, Map<String, Long> histogram, List<LogEvent> logSamples, List<PatternToken> patternTokens,
            List<String> logGroupArnList, Boolean suppressed, Long suppressedDate, Long suppressedUntil,
            Boolean isPatternLevelSuppression) {
    }

    @RegisterForReflection
    public record LogEvent(Long timestamp, String message) {
    }

    @RegisterForReflection
    public record PatternToken(Integer dynamicTokenPosition, Boolean isDynamic, String tokenString,
            Map<String, Long> enumerations, String inferredTokenName) {
    }

    @RegisterForReflection
    public record ListLogAnomalyDetectorsRequest(String filterLogGroupArn, Integer limit, String nextToken) {
    }

    @RegisterForReflection
    public record ListLogAnomalyDetectorsResponse(List<AnomalyDetector> anomalyDetectors, String nextToken) {
    }

    @RegisterForReflection
    public record AnomalyDetector(String anomalyDetectorArn, String detectorName, List<String> logGroupArnList,
            String evaluationFrequency, String filterPattern, String anomalyDetectorStatus, String kmsKeyId,
            Long creationTimeStamp, Long lastModifiedTimeStamp, Long anomalyVisibilityTime) {
    }

    @RegisterForReflection
    public record ListLogGroupsRequest(String logGroupNamePattern, String logGroupClass,
            Boolean includeLinkedAccounts, List<String> accountIdentifiers, String nextToken, Integer limit,
            List<DataSourceFilter> dataSources, List<String> fieldIndexNames, List<TagFilter> logGroupTags) {
    }

    @RegisterForReflection
    public record TagFilter(String key, List<String> values) {
    }

    @RegisterForReflection
    public record ListLogGroupsResponse(List<LogGroupSummary> logGroups, String nextToken) {
    }

    @RegisterForReflection
    public record LogGroupSummary(String logGroupName, String logGroupArn, String logGroupClass) {
    }

    @RegisterForReflection
    public record UpdateAnomalyRequest(String anomalyId, String patternId, String anomalyDetectorArn,
            String suppressionType, SuppressionPeriod suppressionPeriod, Boolean baseline) {
    }

    @RegisterForReflection
    public record SuppressionPeriod(Integer value, String suppressionUnit) {
    }

    @RegisterForReflection
    public record UpdateLogAnomalyDetectorRequest(String anomalyDetectorArn, String evaluationFrequency,
            String filterPattern, Long anomalyVisibilityTime, Boolean enabled) {
    }
}
