package dev.fakecloud.cloudwatch.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response shapes of CloudWatch's alarm operations: metric and composite alarms, state and history. */
public final class AlarmShapes {

    private AlarmShapes() {
    }

    @RegisterForReflection
    public record Tag(String key, String value) {
    }

    @RegisterForReflection
    public record AlarmPromQLCriteria(String query, Integer pendingPeriod, Integer recoveryPeriod) {
    }

    @RegisterForReflection
    public record EvaluationCriteria(@JsonProperty("PromQLCriteria") AlarmPromQLCriteria promQLCriteria) {
    }

    @RegisterForReflection
    public record PutMetricAlarmRequest(String alarmName, String alarmDescription, Boolean actionsEnabled,
            @JsonProperty("OKActions") List<String> okActions, List<String> alarmActions,
            List<String> insufficientDataActions, String metricName, String namespace, String statistic,
            String extendedStatistic, List<Dimension> dimensions, Integer period, String unit,
            Integer evaluationPeriods, Integer datapointsToAlarm, Double threshold, String comparisonOperator,
            String treatMissingData, String evaluateLowSampleCountPercentile, List<MetricDataQuery> metrics,
            List<Tag> tags, String thresholdMetricId, EvaluationCriteria evaluationCriteria,
            Integer evaluationInterval) {
    }

    @RegisterForReflection
    public record PutCompositeAlarmRequest(Boolean actionsEnabled, List<String> alarmActions, String alarmDescription,
            String alarmName, String alarmRule, List<String> insufficientDataActions,
            @JsonProperty("OKActions") List<String> okActions, List<Tag> tags, String actionsSuppressor,
            Integer actionsSuppressorWaitPeriod, Integer actionsSuppressorExtensionPeriod) {
    }

    @RegisterForReflection
    public record MetricAlarm(String alarmName, String alarmArn, String alarmDescription,
            Instant alarmConfigurationUpdatedTimestamp, Boolean actionsEnabled,
            @JsonProperty("OKActions") List<String> okActions, List<String> alarmActions,
            List<String> insufficientDataActions, String stateValue, String stateReason, String stateReasonData,
            Instant stateUpdatedTimestamp, String metricName, String namespace, String statistic,
            String extendedStatistic, List<Dimension> dimensions, Integer period, String unit,
            Integer evaluationPeriods, Integer datapointsToAlarm, Double threshold, String comparisonOperator,
            String treatMissingData, String evaluateLowSampleCountPercentile, List<MetricDataQuery> metrics,
            String thresholdMetricId, String evaluationState, Instant stateTransitionedTimestamp,
            EvaluationCriteria evaluationCriteria, Integer evaluationInterval) {
    }

    @RegisterForReflection
    public record CompositeAlarm(Boolean actionsEnabled, List<String> alarmActions, String alarmArn,
            Instant alarmConfigurationUpdatedTimestamp, String alarmDescription, String alarmName, String alarmRule,
            List<String> insufficientDataActions, @JsonProperty("OKActions") List<String> okActions,
            String stateReason, String stateReasonData, Instant stateUpdatedTimestamp, String stateValue,
            Instant stateTransitionedTimestamp, String actionsSuppressedBy, String actionsSuppressedReason,
            String actionsSuppressor, Integer actionsSuppressorWaitPeriod, Integer actionsSuppressorExtensionPeriod) {
    }

    @RegisterForReflection
    public record DescribeAlarmsRequest(List<String> alarmNames, String alarmNamePrefix, List<String> alarmTypes,
            String childrenOfAlarmName, String parentsOfAlarmName, String stateValue, String actionPrefix,
            Integer maxRecords, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeAlarmsResponse(List<CompositeAlarm> compositeAlarms, List<MetricAlarm> metricAlarms,
            String nextToken) {
    }

    @RegisterForReflection
    public record DescribeAlarmsForMetricRequest(String metricName, String namespace, String statistic,
            String extendedStatistic, List<Dimension> dimensions, Integer period, String unit) {
    }

    @RegisterForReflection
    public record DescribeAlarmsForMetricResponse(List<MetricAlarm> metricAlarms) {
    }

    @RegisterForReflection
    public record AlarmNamesRequest(List<String> alarmNames) {
    }

    @RegisterForReflection
    public record SetAlarmStateRequest(String alarmName, String stateValue, String stateReason,
            String stateReasonData) {
    }

    @RegisterForReflection
    public record DescribeAlarmHistoryRequest(String alarmName, String alarmContributorId, List<String> alarmTypes,
            String historyItemType, Instant startDate, Instant endDate, Integer maxRecords, String nextToken,
            String scanBy) {
    }

    @RegisterForReflection
    public record AlarmHistoryItem(String alarmName, String alarmContributorId, String alarmType, Instant timestamp,
            String historyItemType, String historySummary, String historyData,
            Map<String, String> alarmContributorAttributes) {
    }

    @RegisterForReflection
    public record DescribeAlarmHistoryResponse(List<AlarmHistoryItem> alarmHistoryItems, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeAlarmContributorsRequest(String alarmName, String nextToken) {
    }

    @RegisterForReflection
    public record AlarmContributor(String contributorId, Map<String, String> contributorAttributes,
            String stateReason, Instant stateTransitionedTimestamp) {
    }

    @RegisterForReflection
    public record DescribeAlarmContributorsResponse(List<AlarmContributor> alarmContributors, String nextToken) {
    }
}
