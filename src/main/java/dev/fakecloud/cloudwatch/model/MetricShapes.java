package dev.fakecloud.cloudwatch.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Request and response shapes of CloudWatch's metric operations (2010-08-01): PutMetricData, GetMetricStatistics,
 * GetMetricData and ListMetrics. Members are named as the JSON and CBOR protocols name them (upper camel case); the
 * Query protocol's parameters are read into the same records.
 */
public final class MetricShapes {

    private MetricShapes() {
    }

    @RegisterForReflection
    public record Dimension(String name, String value) {
    }

    @RegisterForReflection
    public record DimensionFilter(String name, String value) {
    }

    @RegisterForReflection
    public record StatisticSet(Double sampleCount, Double sum, Double minimum, Double maximum) {
    }

    @RegisterForReflection
    public record MetricDatum(String metricName, List<Dimension> dimensions, Instant timestamp, Double value,
            StatisticSet statisticValues, List<Double> values, List<Double> counts, String unit,
            Integer storageResolution) {
    }

    @RegisterForReflection
    public record Entity(Map<String, String> keyAttributes, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record EntityMetricData(Entity entity, List<MetricDatum> metricData) {
    }

    @RegisterForReflection
    public record PutMetricDataRequest(String namespace, List<MetricDatum> metricData,
            List<EntityMetricData> entityMetricData, Boolean strictEntityValidation) {
    }

    @RegisterForReflection
    public record GetMetricStatisticsRequest(String namespace, String metricName, List<Dimension> dimensions,
            Instant startTime, Instant endTime, Integer period, List<String> statistics,
            List<String> extendedStatistics, String unit) {
    }

    @RegisterForReflection
    public record Datapoint(Instant timestamp, Double sampleCount, Double average, Double sum, Double minimum,
            Double maximum, String unit, Map<String, Double> extendedStatistics) {
    }

    @RegisterForReflection
    public record GetMetricStatisticsResponse(String label, List<Datapoint> datapoints) {
    }

    @RegisterForReflection
    public record Metric(String namespace, String metricName, List<Dimension> dimensions) {
    }

    @RegisterForReflection
    public record ListMetricsRequest(String namespace, String metricName, List<DimensionFilter> dimensions,
            String nextToken, String recentlyActive, Boolean includeLinkedAccounts, String owningAccount) {
    }

    @RegisterForReflection
    public record ListMetricsResponse(List<Metric> metrics, String nextToken, List<String> owningAccounts) {
    }

    @RegisterForReflection
    public record MetricStat(Metric metric, Integer period, String stat, String unit) {
    }

    @RegisterForReflection
    public record MetricDataQuery(String id, MetricStat metricStat, String expression, String label,
            Boolean returnData, Integer period, String accountId) {
    }

    @RegisterForReflection
    public record LabelOptions(String timezone) {
    }

    @RegisterForReflection
    public record GetMetricDataRequest(List<MetricDataQuery> metricDataQueries, Instant startTime, Instant endTime,
            String nextToken, String scanBy, Integer maxDatapoints, LabelOptions labelOptions) {
    }

    @RegisterForReflection
    public record MessageData(String code, String value) {
    }

    @RegisterForReflection
    public record MetricDataResult(String id, String label, List<Instant> timestamps, List<Double> values,
            String statusCode, List<MessageData> messages) {
    }

    @RegisterForReflection
    public record GetMetricDataResponse(List<MetricDataResult> metricDataResults, String nextToken,
            List<MessageData> messages) {
    }
}
