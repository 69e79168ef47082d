package dev.fakecloud.cloudwatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.cloudwatch.model.AlarmShapes.Tag;
import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * Request and response shapes of CloudWatch's other resources: dashboards, tags, Contributor Insights rules, anomaly
 * detectors, metric streams, alarm mute rules, OpenTelemetry enrichment and metric widget images.
 */
public final class ResourceShapes {

    private ResourceShapes() {
    }

    // ---- dashboards

    @RegisterForReflection
    public record PutDashboardRequest(String dashboardName, String dashboardBody, List<Tag> tags) {
    }

    @RegisterForReflection
    public record DashboardValidationMessage(String dataPath, String message) {
    }

    @RegisterForReflection
    public record PutDashboardResponse(List<DashboardValidationMessage> dashboardValidationMessages) {
    }

    @RegisterForReflection
    public record DashboardNameRequest(String dashboardName) {
    }

    @RegisterForReflection
    public record GetDashboardResponse(String dashboardArn, String dashboardBody, String dashboardName) {
    }

    @RegisterForReflection
    public record DeleteDashboardsRequest(List<String> dashboardNames) {
    }

    @RegisterForReflection
    public record ListDashboardsRequest(String dashboardNamePrefix, String nextToken) {
    }

    @RegisterForReflection
    public record DashboardEntry(String dashboardName, String dashboardArn, Instant lastModified, Long size) {
    }

    @RegisterForReflection
    public record ListDashboardsResponse(List<DashboardEntry> dashboardEntries, String nextToken) {
    }

    // ---- tags

    @RegisterForReflection
    public record ResourceRequest(@JsonProperty("ResourceARN") String resourceArn) {
    }

    @RegisterForReflection
    public record ListTagsForResourceResponse(List<Tag> tags) {
    }

    @RegisterForReflection
    public record TagResourceRequest(@JsonProperty("ResourceARN") String resourceArn, List<Tag> tags) {
    }

    @RegisterForReflection
    public record UntagResourceRequest(@JsonProperty("ResourceARN") String resourceArn, List<String> tagKeys) {
    }

    // ---- Contributor Insights

    @RegisterForReflection
    public record PutInsightRuleRequest(String ruleName, String ruleState, String ruleDefinition, List<Tag> tags,
            Boolean applyOnTransformedLogs) {
    }

    @RegisterForReflection
    public record InsightRule(String name, String state, String schema, String definition, Boolean managedRule,
            Boolean applyOnTransformedLogs) {
    }

    @RegisterForReflection
    public record PagedRequest(String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record DescribeInsightRulesResponse(String nextToken, List<InsightRule> insightRules) {
    }

    @RegisterForReflection
    public record RuleNamesRequest(List<String> ruleNames) {
    }

    @RegisterForReflection
    public record PartialFailure(String failureResource, String exceptionType, String failureCode,
            String failureDescription) {
    }

    @RegisterForReflection
    public record FailuresResponse(List<PartialFailure> failures) {
    }

    @RegisterForReflection
    public record GetInsightRuleReportRequest(String ruleName, Instant startTime, Instant endTime, Integer period,
            Integer maxContributorCount, List<String> metrics, String orderBy) {
    }

    @RegisterForReflection
    public record InsightRuleContributorDatapoint(Instant timestamp, Double approximateValue) {
    }

    @RegisterForReflection
    public record InsightRuleContributor(List<String> keys, Double approximateAggregateValue,
            List<InsightRuleContributorDatapoint> datapoints) {
    }

    @RegisterForReflection
    public record InsightRuleMetricDatapoint(Instant timestamp, Double uniqueContributors, Double maxContributorValue,
            Double sampleCount, Double average, Double sum, Double minimum, Double maximum) {
    }

    @RegisterForReflection
    public record GetInsightRuleReportResponse(List<String> keyLabels, String aggregationStatistic,
            Double aggregateValue, Long approximateUniqueCount, List<InsightRuleContributor> contributors,
            List<InsightRuleMetricDatapoint> metricDatapoints) {
    }

    @RegisterForReflection
    public record ManagedRule(String templateName, @JsonProperty("ResourceARN") String resourceArn, List<Tag> tags) {
    }

    @RegisterForReflection
    public record PutManagedInsightRulesRequest(List<ManagedRule> managedRules) {
    }

    @RegisterForReflection
    public record ListManagedInsightRulesRequest(@JsonProperty("ResourceARN") String resourceArn, String nextToken,
            Integer maxResults) {
    }

    @RegisterForReflection
    public record ManagedRuleState(String ruleName, String state) {
    }

    @RegisterForReflection
    public record ManagedRuleDescription(String templateName, @JsonProperty("ResourceARN") String resourceArn,
            ManagedRuleState ruleState) {
    }

    @RegisterForReflection
    public record ListManagedInsightRulesResponse(List<ManagedRuleDescription> managedRules, String nextToken) {
    }

    // ---- anomaly detectors

    @RegisterForReflection
    public record Range(Instant startTime, Instant endTime) {
    }

    @RegisterForReflection
    public record AnomalyDetectorConfiguration(List<Range> excludedTimeRanges, String metricTimezone) {
    }

    @RegisterForReflection
    public record MetricCharacteristics(Boolean periodicSpikes) {
    }

    @RegisterForReflection
    public record SingleMetricAnomalyDetector(String accountId, String namespace, String metricName,
            List<Dimension> dimensions, String stat) {
    }

    @RegisterForReflection
    public record MetricMathAnomalyDetector(List<MetricDataQuery> metricDataQueries) {
    }

    @RegisterForReflection
    public record AnomalyDetectorRequest(String namespace, String metricName, List<Dimension> dimensions, String stat,
            AnomalyDetectorConfiguration configuration, MetricCharacteristics metricCharacteristics,
            SingleMetricAnomalyDetector singleMetricAnomalyDetector,
            MetricMathAnomalyDetector metricMathAnomalyDetector) {
    }

    @RegisterForReflection
    public record AnomalyDetector(String namespace, String metricName, List<Dimension> dimensions, String stat,
            AnomalyDetectorConfiguration configuration, String stateValue,
            MetricCharacteristics metricCharacteristics, SingleMetricAnomalyDetector singleMetricAnomalyDetector,
            MetricMathAnomalyDetector metricMathAnomalyDetector) {
    }

    @RegisterForReflection
    public record DescribeAnomalyDetectorsRequest(String nextToken, Integer maxResults, String namespace,
            String metricName, List<Dimension> dimensions, List<String> anomalyDetectorTypes) {
    }

    @RegisterForReflection
    public record DescribeAnomalyDetectorsResponse(List<AnomalyDetector> anomalyDetectors, String nextToken) {
    }

    // ---- metric streams

    @RegisterForReflection
    public record MetricStreamFilter(String namespace, List<String> metricNames) {
    }

    @RegisterForReflection
    public record MetricStreamStatisticsMetric(String namespace, String metricName) {
    }

    @RegisterForReflection
    public record MetricStreamStatisticsConfiguration(List<MetricStreamStatisticsMetric> includeMetrics,
            List<String> additionalStatistics) {
    }

    @RegisterForReflection
    public record PutMetricStreamRequest(String name, List<MetricStreamFilter> includeFilters,
            List<MetricStreamFilter> excludeFilters, String firehoseArn, String roleArn, String outputFormat,
            List<Tag> tags, List<MetricStreamStatisticsConfiguration> statisticsConfigurations,
            Boolean includeLinkedAccountsMetrics) {
    }

    @RegisterForReflection
    public record ArnResponse(String arn) {
    }

    @RegisterForReflection
    public record NameRequest(String name) {
    }

    @RegisterForReflection
    public record NamesRequest(List<String> names) {
    }

    @RegisterForReflection
    public record GetMetricStreamResponse(String arn, String name, List<MetricStreamFilter> includeFilters,
            List<MetricStreamFilter> excludeFilters, String firehoseArn, String roleArn, String state,
            Instant creationDate, Instant lastUpdateDate, String outputFormat,
            List<MetricStreamStatisticsConfiguration> statisticsConfigurations,
            Boolean includeLinkedAccountsMetrics) {
    }

    @RegisterForReflection
    public record MetricStreamEntry(String arn, Instant creationDate, Instant lastUpdateDate, String name,
            String firehoseArn, String state, String outputFormat) {
    }

    @RegisterForReflection
    public record ListMetricStreamsResponse(String nextToken, List<MetricStreamEntry> entries) {
    }

    // ---- alarm mute rules

    @RegisterForReflection
    public record Schedule(String expression, String duration, String timezone) {
    }

    @RegisterForReflection
    public record Rule(Schedule schedule) {
    }

    @RegisterForReflection
    public record MuteTargets(List<String> alarmNames) {
    }

    @RegisterForReflection
    public record PutAlarmMuteRuleRequest(String name, String description, Rule rule, MuteTargets muteTargets,
            List<Tag> tags, Instant startDate, Instant expireDate) {
    }

    @RegisterForReflection
    public record AlarmMuteRuleNameRequest(String alarmMuteRuleName) {
    }

    @RegisterForReflection
    public record GetAlarmMuteRuleResponse(String name, String alarmMuteRuleArn, String description, Rule rule,
            MuteTargets muteTargets, Instant startDate, Instant expireDate, String status,
            Instant lastUpdatedTimestamp, String muteType) {
    }

    @RegisterForReflection
    public record ListAlarmMuteRulesRequest(String alarmName, List<String> statuses, Integer maxRecords,
            String nextToken) {
    }

    @RegisterForReflection
    public record AlarmMuteRuleSummary(String alarmMuteRuleArn, Instant expireDate, String status, String muteType,
            Instant lastUpdatedTimestamp) {
    }

    @RegisterForReflection
    public record ListAlarmMuteRulesResponse(List<AlarmMuteRuleSummary> alarmMuteRuleSummaries, String nextToken) {
    }

    // ---- OpenTelemetry enrichment, widget images

    @RegisterForReflection
    public record Empty() {
    }

    @RegisterForReflection
    public record OTelEnrichmentResponse(String status) {
    }

    @RegisterForReflection
    public record GetMetricWidgetImageRequest(String metricWidget, String outputFormat) {
    }

    @RegisterForReflection
    public record GetMetricWidgetImageResponse(byte[] metricWidgetImage) {
    }
}
