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
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.CompositeAlarm;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Composite alarms through the SDK (CBOR): stored, described, their rules evaluated, their actions run. */
@QuarkusTest
class CloudWatchCompositeAlarmsTest {

    static final CloudWatchClient CW = Clients.cloudWatch();

    /** A metric alarm that keeps the state it is set to: no data, and missing data ignored. */
    private static void child(String name) {
        CW.putMetricAlarm(b -> b.alarmName(name).namespace("Composite/" + name).metricName("Load")
                .statistic(Statistic.MAXIMUM).period(60).evaluationPeriods(1).threshold(10.0)
                .treatMissingData("ignore").comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));
    }

    private static CompositeAlarm composite(String name) {
        List<CompositeAlarm> found = CW.describeAlarms(b -> b.alarmNames(name).alarmTypes(AlarmType.COMPOSITE_ALARM))
                .compositeAlarms();
        return found.isEmpty() ? null : found.get(0);
    }

    private static void set(String name, StateValue state) {
        CW.setAlarmState(b -> b.alarmName(name).stateValue(state).stateReason("test sets " + state));
    }

    @Test
    void theRuleFollowsItsChildrenAndRunsTheActions() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        SqsClient sqs = Clients.sqs();
        SnsClient sns = Clients.sns();
        String queueUrl = sqs.createQueue(b -> b.queueName("composite-" + id)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(b -> b.name("composite-" + id)).topicArn();
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
        String cpu = "cpu-" + id;
        String deploy = "deploy " + id;
        child(cpu);
        child(deploy);
        String name = "service-" + id;
        String rule = "ALARM(" + cpu + ") AND NOT alarm(\"" + deploy + "\")";
        CW.putCompositeAlarm(b -> b.alarmName(name).alarmRule(rule).alarmDescription("service down")
                .alarmActions(topicArn).tags(Tag.builder().key("team").value("core").build()));

        assertThat(CW.describeAlarms(b -> b.alarmNames(name)).compositeAlarms()).isEmpty();
        CompositeAlarm created = composite(name);
        assertThat(created.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:000000000000:alarm:" + name);
        assertThat(created.alarmRule()).isEqualTo(rule);
        assertThat(created.actionsEnabled()).isTrue();
        assertThat(created.alarmActions()).containsExactly(topicArn);
        assertThat(created.stateValue()).isEqualTo(StateValue.OK);
        assertThat(CW.listTagsForResource(b -> b.resourceARN(created.alarmArn())).tags())
                .containsExactly(Tag.builder().key("team").value("core").build());

        set(cpu, StateValue.ALARM);
        CompositeAlarm alarmed = Polling.eventually(() -> composite(name),
                a -> a.stateValue() == StateValue.ALARM, Duration.ofSeconds(15));
        assertThat(alarmed.stateValue()).isEqualTo(StateValue.ALARM);
        List<Message> messages = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .waitTimeSeconds(1)).messages(), m -> !m.isEmpty(), Duration.ofSeconds(10));
        assertThat(messages).singleElement().satisfies(m -> assertThat(m.body())
                .contains("\\\"NewStateValue\\\":\\\"ALARM\\\"").contains("\\\"AlarmName\\\":\\\"" + name)
                .contains("\\\"AlarmRule\\\"").contains("ALARM: \\\"" + name + "\\\" in us-east-1"));
        List<AlarmHistoryItem> history = CW.describeAlarmHistory(b -> b.alarmName(name)
                .alarmTypes(AlarmType.COMPOSITE_ALARM).historyItemType(HistoryItemType.STATE_UPDATE))
                .alarmHistoryItems();
        assertThat(history).extracting(AlarmHistoryItem::historySummary).contains("Alarm updated from OK to ALARM");
        assertThat(history).allSatisfy(h -> assertThat(h.alarmType()).isEqualTo(AlarmType.COMPOSITE_ALARM));
        assertThat(CW.describeAlarmHistory(b -> b.alarmName(name)).alarmHistoryItems()).isEmpty();

        set(deploy, StateValue.ALARM);
        assertThat(Polling.eventually(() -> composite(name), a -> a.stateValue() == StateValue.OK,
                Duration.ofSeconds(15)).stateValue()).isEqualTo(StateValue.OK);

        set(name, StateValue.ALARM);
        assertThat(composite(name).stateValue()).isEqualTo(StateValue.ALARM);
        assertThat(composite(name).stateReason()).isEqualTo("test sets ALARM");

        assertThat(CW.describeAlarms(b -> b.childrenOfAlarmName(name)).metricAlarms())
                .extracting(MetricAlarm::alarmName).containsExactlyInAnyOrder(cpu, deploy);
        assertThat(CW.describeAlarms(b -> b.parentsOfAlarmName(cpu)).compositeAlarms())
                .extracting(CompositeAlarm::alarmName).containsExactly(name);

        CW.deleteAlarms(b -> b.alarmNames(name));
        assertThat(composite(name)).isNull();
    }

    @Test
    void compositesOfCompositesSettleAndDisabledActionsAreKept() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String leaf = "leaf-" + id;
        child(leaf);
        String always = "always-" + id;
        CW.putCompositeAlarm(b -> b.alarmName(always).alarmRule("TRUE OR FALSE").actionsEnabled(false));
        assertThat(composite(always).stateValue()).isEqualTo(StateValue.ALARM);
        assertThat(composite(always).actionsEnabled()).isFalse();
        String top = "top-" + id;
        String alwaysArn = composite(always).alarmArn();
        CW.putCompositeAlarm(b -> b.alarmName(top).alarmRule("(ALARM(\"" + alwaysArn + "\") AND (OK(" + leaf
                + ") OR INSUFFICIENT_DATA(" + leaf + ")))"));
        assertThat(composite(top).stateValue()).isEqualTo(StateValue.ALARM);

        set(leaf, StateValue.ALARM);
        assertThat(Polling.eventually(() -> composite(top), a -> a.stateValue() == StateValue.OK,
                Duration.ofSeconds(15)).stateValue()).isEqualTo(StateValue.OK);
        CW.putCompositeAlarm(b -> b.alarmName(always).alarmRule("FALSE").actionsEnabled(false));
        assertThat(composite(always).stateValue()).isEqualTo(StateValue.OK);
        CW.enableAlarmActions(b -> b.alarmNames(always));
        assertThat(composite(always).actionsEnabled()).isTrue();
        CW.deleteAlarms(b -> b.alarmNames(top, always, leaf));
        assertThat(CW.describeAlarms(b -> b.alarmNamePrefix("top-" + id).alarmTypes(AlarmType.COMPOSITE_ALARM,
                AlarmType.METRIC_ALARM)).compositeAlarms()).isEmpty();
    }

    @Test
    void malformedRulesAndUnknownChildrenAreInvalidParameterValues() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String leaf = "leaf-" + id;
        child(leaf);
        for (String rule : List.of("ALARM(" + leaf + ") AND", "FOO(" + leaf + ")", "ALARM(" + leaf,
                "ALARM(\"" + leaf + ")", "ALARM()", "(TRUE", "TRUE FALSE", "ALARM(missing-" + id + ")",
                "OK(bad-" + id + ")")) {
            assertThatThrownBy(() -> CW.putCompositeAlarm(b -> b.alarmName("bad-" + id).alarmRule(rule)))
                    .as(rule).isInstanceOf(CloudWatchException.class)
                    .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                            .isEqualTo("InvalidParameterValue"));
        }
        assertThatThrownBy(() -> CW.putCompositeAlarm(b -> b.alarmName("bad-" + id)))
                .isInstanceOf(CloudWatchException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("MissingParameter"));
        assertThat(composite("bad-" + id)).isNull();
        CW.deleteAlarms(b -> b.alarmNames(leaf));
    }

    @Test
    void aSuppressorInAlarmHoldsTheActionsBack() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        SqsClient sqs = Clients.sqs();
        SnsClient sns = Clients.sns();
        String queueUrl = sqs.createQueue(b -> b.queueName("suppress-queue-" + id)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(b -> b.name("suppress-topic-" + id)).topicArn();
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
        String leaf = "leaf-" + id;
        String maintenance = "maintenance-" + id;
        child(leaf);
        child(maintenance);
        set(maintenance, StateValue.ALARM);
        String quiet = "quiet-" + id;
        String loud = "loud-" + id;
        CW.putCompositeAlarm(b -> b.alarmName(quiet).alarmRule("ALARM(" + leaf + ")").alarmActions(topicArn)
                .actionsSuppressor(maintenance).actionsSuppressorWaitPeriod(60).actionsSuppressorExtensionPeriod(60));
        CW.putCompositeAlarm(b -> b.alarmName(loud).alarmRule("ALARM(" + leaf + ")").alarmActions(topicArn));
        set(leaf, StateValue.ALARM);

        assertThat(Polling.eventually(() -> composite(quiet), a -> a.stateValue() == StateValue.ALARM,
                Duration.ofSeconds(15))).satisfies(a -> {
                    assertThat(a.stateValue()).isEqualTo(StateValue.ALARM);
                    assertThat(a.actionsSuppressedByAsString()).isEqualTo("Alarm");
                    assertThat(a.actionsSuppressor()).isEqualTo(maintenance);
                });
        List<String> bodies = new java.util.ArrayList<>();
        Polling.until("the loud alarm's notification", Duration.ofSeconds(10), () -> {
            sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()
                    .forEach(m -> bodies.add(m.body()));
            return bodies.stream().anyMatch(body -> body.contains("AlarmName\\\":\\\"" + loud));
        });
        assertThat(bodies).noneMatch(body -> body.contains("AlarmName\\\":\\\"" + quiet));
        CW.deleteAlarms(b -> b.alarmNames(quiet));
        CW.deleteAlarms(b -> b.alarmNames(loud));
        CW.deleteAlarms(b -> b.alarmNames(leaf, maintenance));
    }
}
