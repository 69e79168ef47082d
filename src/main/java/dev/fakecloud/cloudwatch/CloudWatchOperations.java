package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmNamesRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmHistoryRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsForMetricRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.PutCompositeAlarmRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.PutMetricAlarmRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.SetAlarmStateRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricDataRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricStatisticsRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.ListMetricsRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.PutMetricDataRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmContributorsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AlarmMuteRuleNameRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetectorRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DashboardNameRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DescribeAnomalyDetectorsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Empty;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetInsightRuleReportRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetMetricWidgetImageRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListAlarmMuteRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListManagedInsightRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.NameRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.NamesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PagedRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutAlarmMuteRuleRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutInsightRuleRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutManagedInsightRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutMetricStreamRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.RuleNamesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DeleteDashboardsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListDashboardsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutDashboardRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ResourceRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.TagResourceRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.UntagResourceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CloudWatch operation table: operation name to request record and handler, the same for every protocol. */
@ApplicationScoped
public class CloudWatchOperations {

    private final Map<String, CloudWatchOperation<?>> byName;

    public CloudWatchOperations(MetricService metrics, StatisticsService statistics, MetricDataService data,
            AlarmService alarms, CompositeAlarmService composites, TagService tags, DashboardService dashboards,
            MetricStreamService streams, AnomalyDetectorService detectors, InsightRuleService insights,
            MuteRuleService muteRules, OTelEnrichmentService otel, WidgetImages images) {
        List<CloudWatchOperation<?>> table = List.of(
                done("PutMetricData", PutMetricDataRequest.class, metrics::put),
                op("GetMetricStatistics", GetMetricStatisticsRequest.class, statistics::get),
                op("GetMetricData", GetMetricDataRequest.class, data::get),
                op("ListMetrics", ListMetricsRequest.class, metrics::list),
                done("PutMetricAlarm", PutMetricAlarmRequest.class, alarms::put),
                done("PutCompositeAlarm", PutCompositeAlarmRequest.class, composites::put),
                op("DescribeAlarms", DescribeAlarmsRequest.class, alarms::describe),
                op("DescribeAlarmsForMetric", DescribeAlarmsForMetricRequest.class, alarms::forMetric),
                done("DeleteAlarms", AlarmNamesRequest.class, alarms::delete),
                done("SetAlarmState", SetAlarmStateRequest.class, alarms::setState),
                done("EnableAlarmActions", AlarmNamesRequest.class, (c, r) -> alarms.setActionsEnabled(c, r, true)),
                done("DisableAlarmActions", AlarmNamesRequest.class,
                        (c, r) -> alarms.setActionsEnabled(c, r, false)),
                op("DescribeAlarmHistory", DescribeAlarmHistoryRequest.class, alarms::history),
                done("TagResource", TagResourceRequest.class, tags::tagResource),
                done("UntagResource", UntagResourceRequest.class, tags::untagResource),
                op("ListTagsForResource", ResourceRequest.class, (c, r) -> tags.list(c, r.resourceArn())),
                op("PutDashboard", PutDashboardRequest.class, dashboards::put),
                op("GetDashboard", DashboardNameRequest.class, (c, r) -> dashboards.get(c, r.dashboardName())),
                op("ListDashboards", ListDashboardsRequest.class, dashboards::list),
                done("DeleteDashboards", DeleteDashboardsRequest.class, dashboards::delete),
                op("DescribeAlarmContributors", DescribeAlarmContributorsRequest.class, alarms::contributors),
                op("PutMetricStream", PutMetricStreamRequest.class, streams::put),
                op("GetMetricStream", NameRequest.class, (c, r) -> streams.get(c, r.name())),
                op("ListMetricStreams", PagedRequest.class, streams::list),
                done("DeleteMetricStream", NameRequest.class, (c, r) -> streams.delete(c, r.name())),
                done("StartMetricStreams", NamesRequest.class, streams::start),
                done("StopMetricStreams", NamesRequest.class, streams::stop),
                done("PutAnomalyDetector", AnomalyDetectorRequest.class, detectors::put),
                op("DescribeAnomalyDetectors", DescribeAnomalyDetectorsRequest.class, detectors::describe),
                done("DeleteAnomalyDetector", AnomalyDetectorRequest.class, detectors::delete),
                done("PutInsightRule", PutInsightRuleRequest.class, insights::put),
                op("DescribeInsightRules", PagedRequest.class, insights::describe),
                op("DeleteInsightRules", RuleNamesRequest.class, insights::delete),
                op("EnableInsightRules", RuleNamesRequest.class, insights::enable),
                op("DisableInsightRules", RuleNamesRequest.class, insights::disable),
                op("GetInsightRuleReport", GetInsightRuleReportRequest.class, insights::report),
                op("PutManagedInsightRules", PutManagedInsightRulesRequest.class, insights::putManaged),
                op("ListManagedInsightRules", ListManagedInsightRulesRequest.class, insights::listManaged),
                done("PutAlarmMuteRule", PutAlarmMuteRuleRequest.class, muteRules::put),
                op("GetAlarmMuteRule", AlarmMuteRuleNameRequest.class,
                        (c, r) -> muteRules.get(c, r.alarmMuteRuleName())),
                op("ListAlarmMuteRules", ListAlarmMuteRulesRequest.class, muteRules::list),
                done("DeleteAlarmMuteRule", AlarmMuteRuleNameRequest.class,
                        (c, r) -> muteRules.delete(c, r.alarmMuteRuleName())),
                op("GetOTelEnrichment", Empty.class, (c, r) -> otel.get(c)),
                done("StartOTelEnrichment", Empty.class, (c, r) -> otel.start(c)),
                done("StopOTelEnrichment", Empty.class, (c, r) -> otel.stop(c)),
                op("GetMetricWidgetImage", GetMetricWidgetImageRequest.class, images::get));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(CloudWatchOperation::name,
                Function.identity()));
    }

    CloudWatchOperation<?> get(String name) {
        return byName.get(name);
    }

    Set<String> names() {
        return byName.keySet();
    }

    private static <R> CloudWatchOperation<R> op(String name, Class<R> type, BiFunction<CloudWatchCall, R, ?> f) {
        return new CloudWatchOperation<>(name, type, f::apply);
    }

    /** An operation whose result is empty. */
    private static <R> CloudWatchOperation<R> done(String name, Class<R> type, BiConsumer<CloudWatchCall, R> f) {
        return new CloudWatchOperation<>(name, type, (c, r) -> {
            f.accept(c, r);
            return null;
        });
    }
}
