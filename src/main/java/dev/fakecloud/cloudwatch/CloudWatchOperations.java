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
import dev.fakecloud.cloudwatch.model.ResourceShapes.DashboardNameRequest;
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
            AlarmService alarms, CompositeAlarmService composites, TagService tags, DashboardService dashboards) {
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
                done("DeleteDashboards", DeleteDashboardsRequest.class, dashboards::delete));
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
