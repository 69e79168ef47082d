package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.DashboardNotFoundErrorException;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;

/** Alarms, their state and history, dashboards and tags through the SDK (CBOR). */
@QuarkusTest
class CloudWatchAlarmsTest {

    static final CloudWatchClient CW = Clients.cloudWatch();

    @Test
    void alarmsAreStoredDescribedSetAndDeleted() {
        String name = "alarm-" + UUID.randomUUID().toString().substring(0, 8);
        CW.putMetricAlarm(b -> b.alarmName(name).namespace("AWS/Lambda").metricName("Errors").statistic(Statistic.SUM)
                .period(60).evaluationPeriods(1).threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .alarmActions("arn:aws:sns:us-east-1:000000000000:alerts").tags(Tag.builder().key("team")
                        .value("core").build()));
        MetricAlarm alarm = CW.describeAlarms(b -> b.alarmNames(name)).metricAlarms().get(0);
        assertThat(alarm.stateValue()).isEqualTo(StateValue.INSUFFICIENT_DATA);
        assertThat(alarm.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:000000000000:alarm:" + name);
        assertThat(alarm.threshold()).isEqualTo(1.0);
        assertThat(alarm.actionsEnabled()).isTrue();
        assertThat(CW.listTagsForResource(b -> b.resourceARN(alarm.alarmArn())).tags())
                .containsExactly(Tag.builder().key("team").value("core").build());

        CW.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.ALARM).stateReason("testing"));
        assertThat(CW.describeAlarms(b -> b.stateValue(StateValue.ALARM).alarmNamePrefix(name)).metricAlarms())
                .extracting(MetricAlarm::stateReason).containsExactly("testing");
        assertThat(CW.describeAlarms(b -> b.actionPrefix("arn:aws:sns:us-east-1:000000000000:al")
                .alarmNamePrefix(name)).metricAlarms()).hasSize(1);
        assertThat(CW.describeAlarmHistory(b -> b.alarmName(name).historyItemType(HistoryItemType.STATE_UPDATE))
                .alarmHistoryItems()).singleElement()
                .satisfies(h -> assertThat(h.historySummary()).isEqualTo("Alarm updated from INSUFFICIENT_DATA to "
                        + "ALARM"));
        assertThat(CW.describeAlarmsForMetric(b -> b.namespace("AWS/Lambda").metricName("Errors")).metricAlarms())
                .extracting(MetricAlarm::alarmName).contains(name);

        CW.disableAlarmActions(b -> b.alarmNames(name));
        assertThat(CW.describeAlarms(b -> b.alarmNames(name)).metricAlarms().get(0).actionsEnabled()).isFalse();

        CW.deleteAlarms(b -> b.alarmNames(name));
        DescribeAlarmsResponse none = CW.describeAlarms(b -> b.alarmNames(name));
        assertThat(none.metricAlarms()).isEmpty();
        CW.deleteAlarms(b -> b.alarmNames(name));
        assertThatThrownBy(() -> CW.setAlarmState(b -> b.alarmName(name).stateValue(StateValue.OK)
                .stateReason("x"))).isInstanceOf(CloudWatchException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ResourceNotFound"))
                .satisfies(e -> assertThat(((CloudWatchException) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> CW.listTagsForResource(b -> b.resourceARN(alarm.alarmArn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void dashboardsAreStored() {
        String name = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        CW.putDashboard(b -> b.dashboardName(name).dashboardBody("{\"widgets\":[]}"));
        assertThat(CW.getDashboard(b -> b.dashboardName(name)).dashboardBody()).isEqualTo("{\"widgets\":[]}");
        assertThat(CW.listDashboards(b -> b.dashboardNamePrefix(name)).dashboardEntries()).hasSize(1);
        CW.deleteDashboards(b -> b.dashboardNames(name));
        assertThatThrownBy(() -> CW.getDashboard(b -> b.dashboardName(name)))
                .isInstanceOf(DashboardNotFoundErrorException.class);
    }
}
