package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (2014-03-28) shapes of metric filters, named and typed as the service model names them (AWS JSON 1.1,
 * lower camel case; timestamps in epoch milliseconds unless the model says seconds).
 */
public final class MetricShapes {

    private MetricShapes() {
    }

    @RegisterForReflection
    public record DeleteMetricFilterRequest(String logGroupName, String filterName) {
    }

    @RegisterForReflection
    public record DescribeMetricFiltersRequest(String logGroupName, String filterNamePrefix, String nextToken,
            Integer limit, String metricName, String metricNamespace) {
    }

    @RegisterForReflection
    public record DescribeMetricFiltersResponse(List<MetricFilter> metricFilters, String nextToken) {
    }

    @RegisterForReflection
    public record MetricFilter(String filterName, String filterPattern,
            List<MetricTransformation> metricTransformations, Long creationTime, String logGroupName,
            Boolean applyOnTransformedLogs, String fieldSelectionCriteria, List<String> emitSystemFieldDimensions) {
    }

    @RegisterForReflection
    public record MetricTransformation(String metricName, String metricNamespace, String metricValue,
            Double defaultValue, Map<String, String> dimensions, String unit) {
    }

    @RegisterForReflection
    public record PutMetricFilterRequest(String logGroupName, String filterName, String filterPattern,
            List<MetricTransformation> metricTransformations, Boolean applyOnTransformedLogs,
            String fieldSelectionCriteria, List<String> emitSystemFieldDimensions) {
    }

    @RegisterForReflection
    public record TestMetricFilterRequest(String filterPattern, List<String> logEventMessages) {
    }

    @RegisterForReflection
    public record TestMetricFilterResponse(List<MetricFilterMatchRecord> matches) {
    }

    @RegisterForReflection
    public record MetricFilterMatchRecord(Long eventNumber, String eventMessage, Map<String, String> extractedValues) {
    }
}
