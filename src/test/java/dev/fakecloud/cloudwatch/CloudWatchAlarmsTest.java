package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.DashboardNotFoundErrorException;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

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

    @Test
    void alarmsAreEvaluatedAndNotifyTheirTopic() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        SqsClient sqs = Clients.sqs();
        SnsClient sns = Clients.sns();
        String queueUrl = sqs.createQueue(b -> b.queueName("alarms-" + id)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(b -> b.name("alarms-" + id)).topicArn();
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
        String ns = "Alarmed/" + id;
        String name = "high-" + id;
        CW.putMetricAlarm(b -> b.alarmName(name).namespace(ns).metricName("Load").statistic(Statistic.MAXIMUM)
                .period(60).evaluationPeriods(2).datapointsToAlarm(1).threshold(10.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).alarmActions(topicArn));
        CW.putMetricData(b -> b.namespace(ns).metricData(MetricDatum.builder().metricName("Load").value(42.0)
                .build()));

        MetricAlarm alarm = Polling.eventually(() -> CW.describeAlarms(b -> b.alarmNames(name)).metricAlarms()
                .get(0), a -> a.stateValue() == StateValue.ALARM, Duration.ofSeconds(20));
        assertThat(alarm.stateValue()).isEqualTo(StateValue.ALARM);
        assertThat(alarm.stateReason()).startsWith("Threshold Crossed");
        List<Message> messages = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .waitTimeSeconds(1)).messages(), m -> !m.isEmpty(), Duration.ofSeconds(10));
        assertThat(messages).singleElement().satisfies(m -> assertThat(m.body())
                .contains("\\\"NewStateValue\\\":\\\"ALARM\\\"").contains("\\\"AlarmName\\\":\\\"" + name)
                .contains("ALARM: \\\"" + name + "\\\" in us-east-1"));
        assertThat(CW.describeAlarmHistory(b -> b.alarmName(name).historyItemType(HistoryItemType.ACTION))
                .alarmHistoryItems()).isNotEmpty();
    }
}
