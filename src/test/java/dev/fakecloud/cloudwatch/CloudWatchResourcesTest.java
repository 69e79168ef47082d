package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AnomalyDetector;
import software.amazon.awssdk.services.cloudwatch.model.AnomalyDetectorStateValue;
import software.amazon.awssdk.services.cloudwatch.model.AnomalyDetectorType;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStreamResponse;
import software.amazon.awssdk.services.cloudwatch.model.InsightRule;
import software.amazon.awssdk.services.cloudwatch.model.MetricStreamEntry;
import software.amazon.awssdk.services.cloudwatch.model.MetricStreamFilter;
import software.amazon.awssdk.services.cloudwatch.model.MetricStreamOutputFormat;
import software.amazon.awssdk.services.cloudwatch.model.OTelEnrichmentStatus;
import software.amazon.awssdk.services.cloudwatch.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.Tag;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * CloudWatch's other resources through the SDK (CBOR): metric streams, anomaly detectors, Contributor Insights rules,
 * alarm mute rules, OpenTelemetry enrichment, widget images and alarm contributors.
 */
@QuarkusTest
class CloudWatchResourcesTest {

    static final CloudWatchClient CW = Clients.cloudWatch();

    static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static void fails(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(CloudWatchException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode()).isEqualTo(code));
    }

    @Test
    void metricStreamsLiveThroughTheirLifecycle() {
        String name = "stream-" + id();
        String firehose = "arn:aws:firehose:us-east-1:000000000000:deliverystream/metrics";
        String role = "arn:aws:iam::000000000000:role/streams";
        String arn = CW.putMetricStream(b -> b.name(name).firehoseArn(firehose).roleArn(role)
                .outputFormat(MetricStreamOutputFormat.JSON).includeFilters(MetricStreamFilter.builder()
                        .namespace("AWS/Lambda").metricNames("Errors").build())
                .tags(Tag.builder().key("team").value("core").build())).arn();
        assertThat(arn).isEqualTo("arn:aws:cloudwatch:us-east-1:000000000000:metric-stream/" + name);
        GetMetricStreamResponse got = CW.getMetricStream(b -> b.name(name));
        assertThat(got.state()).isEqualTo("running");
        assertThat(got.outputFormat()).isEqualTo(MetricStreamOutputFormat.JSON);
        assertThat(got.includeFilters()).singleElement().satisfies(f -> assertThat(f.metricNames())
                .containsExactly("Errors"));
        assertThat(got.creationDate()).isNotNull();
        assertThat(CW.listTagsForResource(b -> b.resourceARN(arn)).tags()).extracting(Tag::key)
                .containsExactly("team");

        CW.stopMetricStreams(b -> b.names(name));
        assertThat(CW.getMetricStream(b -> b.name(name)).state()).isEqualTo("stopped");
        CW.putMetricStream(b -> b.name(name).firehoseArn(firehose).roleArn(role)
                .outputFormat(MetricStreamOutputFormat.OPENTELEMETRY1_0));
        GetMetricStreamResponse updated = CW.getMetricStream(b -> b.name(name));
        assertThat(updated.state()).isEqualTo("stopped");
        assertThat(updated.creationDate()).isEqualTo(got.creationDate());
        assertThat(updated.outputFormat()).isEqualTo(MetricStreamOutputFormat.OPENTELEMETRY1_0);
        CW.startMetricStreams(b -> b.names(name));
        assertThat(CW.listMetricStreams(b -> b.maxResults(500)).entries()).filteredOn(e -> e.name().equals(name))
                .singleElement().extracting(MetricStreamEntry::state).isEqualTo("running");

        fails(() -> CW.putMetricStream(b -> b.name(name).firehoseArn(firehose).roleArn(role).outputFormat("xml")),
                "InvalidParameterValue");
        fails(() -> CW.putMetricStream(b -> b.name(name).roleArn(role).outputFormat("json")), "MissingParameter");
        fails(() -> CW.putMetricStream(b -> b.name(name).firehoseArn(firehose).roleArn(role).outputFormat("json")
                .includeFilters(MetricStreamFilter.builder().namespace("A").build())
                .excludeFilters(MetricStreamFilter.builder().namespace("B").build())), "InvalidParameterCombination");
        CW.deleteMetricStream(b -> b.name(name));
        assertThatThrownBy(() -> CW.getMetricStream(b -> b.name(name))).isInstanceOf(ResourceNotFoundException.class);
        CW.deleteMetricStream(b -> b.name(name));
    }

    @Test
    void anomalyDetectorsAreStoredInBothForms() {
        String ns = "Anomaly/" + id();
        Dimension fn = Dimension.builder().name("FunctionName").value("f").build();
        CW.putAnomalyDetector(b -> b.singleMetricAnomalyDetector(s -> s.namespace(ns).metricName("Duration")
                .dimensions(fn).stat("Average")).configuration(c -> c.metricTimezone("UTC")));
        List<AnomalyDetector> found = CW.describeAnomalyDetectors(b -> b.namespace(ns)).anomalyDetectors();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.singleMetricAnomalyDetector().metricName()).isEqualTo("Duration");
            assertThat(d.singleMetricAnomalyDetector().dimensions()).containsExactly(fn);
            assertThat(d.configuration().metricTimezone()).isEqualTo("UTC");
            assertThat(d.stateValue()).isEqualTo(AnomalyDetectorStateValue.PENDING_TRAINING);
        });
        assertThat(CW.describeAnomalyDetectors(b -> b.namespace(ns).anomalyDetectorTypes(
                AnomalyDetectorType.METRIC_MATH)).anomalyDetectors()).isEmpty();
        fails(() -> CW.putAnomalyDetector(b -> b.singleMetricAnomalyDetector(s -> s.namespace(ns)
                .metricName("Duration"))), "MissingParameter");
        fails(() -> CW.putAnomalyDetector(b -> b.singleMetricAnomalyDetector(s -> s.namespace(ns)
                .metricName("Duration").stat("Mean"))), "InvalidParameterValue");
        fails(() -> CW.putAnomalyDetector(b -> b.namespace(ns).metricName("Duration").stat("Sum")
                .metricMathAnomalyDetector(m -> m.metricDataQueries(q -> q.id("m1").expression("1")))),
                "InvalidParameterCombination");

        // the legacy top-level members name the same detector
        CW.deleteAnomalyDetector(b -> b.namespace(ns).metricName("Duration").dimensions(fn).stat("Average"));
        assertThat(CW.describeAnomalyDetectors(b -> b.namespace(ns)).anomalyDetectors()).isEmpty();
        assertThatThrownBy(() -> CW.deleteAnomalyDetector(b -> b.singleMetricAnomalyDetector(s -> s.namespace(ns)
                .metricName("Duration").dimensions(fn).stat("Average"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void insightRulesAreStoredSwitchedAndReported() {
        String name = "rule-" + id();
        String definition = "{\"Schema\":{\"Name\":\"CloudWatchLogRule\",\"Version\":1},\"LogGroupNames\":[\"/aws/"
                + "lambda/f\"],\"LogFormat\":\"JSON\",\"Contribution\":{\"Keys\":[\"$.ip\"],\"Filters\":[]},"
                + "\"AggregateOn\":\"Count\"}";
        CW.putInsightRule(b -> b.ruleName(name).ruleDefinition(definition));
        assertThat(rule(name)).satisfies(r -> {
            assertThat(r.state()).isEqualTo("ENABLED");
            assertThat(r.definition()).isEqualTo(definition);
            assertThat(r.managedRule()).isFalse();
        });
        assertThat(CW.disableInsightRules(b -> b.ruleNames(name)).failures()).isEmpty();
        assertThat(rule(name).state()).isEqualTo("DISABLED");
        assertThat(CW.enableInsightRules(b -> b.ruleNames(name, "none-" + name)).failures()).singleElement()
                .satisfies(f -> assertThat(f.failureResource()).isEqualTo("none-" + name));
        assertThat(rule(name).state()).isEqualTo("ENABLED");
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var report = CW.getInsightRuleReport(b -> b.ruleName(name).startTime(end.minusSeconds(3600)).endTime(end)
                .period(300));
        assertThat(report.keyLabels()).containsExactly("$.ip");
        assertThat(report.contributors()).isEmpty();
        assertThatThrownBy(() -> CW.getInsightRuleReport(b -> b.ruleName("none-" + name)
                .startTime(end.minusSeconds(3600)).endTime(end).period(300)))
                .isInstanceOf(ResourceNotFoundException.class);
        fails(() -> CW.putInsightRule(b -> b.ruleName(name).ruleDefinition("not json")), "InvalidParameterValue");
        fails(() -> CW.putInsightRule(b -> b.ruleName(name)), "MissingParameter");

        String table = "arn:aws:dynamodb:us-east-1:000000000000:table/t-" + name;
        assertThat(CW.putManagedInsightRules(b -> b.managedRules(m -> m.templateName("DynamoDBContributorInsights")
                .resourceARN(table))).failures()).isEmpty();
        assertThat(CW.listManagedInsightRules(b -> b.resourceARN(table)).managedRules()).singleElement()
                .satisfies(m -> {
                    assertThat(m.templateName()).isEqualTo("DynamoDBContributorInsights");
                    assertThat(m.ruleState().state()).isEqualTo("ENABLED");
                });
        assertThat(CW.deleteInsightRules(b -> b.ruleNames(name)).failures()).isEmpty();
        assertThat(CW.describeInsightRules(b -> b.maxResults(500)).insightRules()).extracting(InsightRule::name)
                .doesNotContain(name);
    }

    private static InsightRule rule(String name) {
        return CW.describeInsightRules(b -> b.maxResults(500)).insightRules().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void muteRulesAreStoredAndAnActiveOneMutesItsAlarms() {
        String id = id();
        SqsClient sqs = Clients.sqs();
        SnsClient sns = Clients.sns();
        String queueUrl = sqs.createQueue(b -> b.queueName("mute-queue-" + id)).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(b -> b.name("mute-topic-" + id)).topicArn();
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
        String muted = "muted-" + id;
        String loud = "loud-" + id;
        for (String alarm : List.of(muted, loud)) {
            CW.putMetricAlarm(b -> b.alarmName(alarm).namespace("Muted/" + id).metricName("Load")
                    .statistic(Statistic.MAXIMUM).period(60).evaluationPeriods(1).threshold(1.0)
                    .treatMissingData("ignore").comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .alarmActions(topicArn));
        }
        String at = Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        String rule = "maintenance-" + id;
        CW.putAlarmMuteRule(b -> b.name(rule).description("deploy").rule(r -> r.schedule(s -> s
                .expression("at(" + at + ")").duration("PT1H"))).muteTargets(t -> t.alarmNames(muted)));
        var got = CW.getAlarmMuteRule(b -> b.alarmMuteRuleName(rule));
        assertThat(got.alarmMuteRuleArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:000000000000:alarm-mute-rule:"
                + rule);
        assertThat(got.statusAsString()).isEqualTo("ACTIVE");
        assertThat(got.muteType()).isEqualTo("ONE_TIME");
        assertThat(got.muteTargets().alarmNames()).containsExactly(muted);
        assertThat(CW.listAlarmMuteRules(b -> b.alarmName(muted)).alarmMuteRuleSummaries()).singleElement()
                .satisfies(s -> assertThat(s.alarmMuteRuleArn()).isEqualTo(got.alarmMuteRuleArn()));
        assertThat(CW.listAlarmMuteRules(b -> b.alarmName(loud)).alarmMuteRuleSummaries()).isEmpty();

        CW.setAlarmState(b -> b.alarmName(muted).stateValue(StateValue.ALARM).stateReason("muted"));
        CW.setAlarmState(b -> b.alarmName(loud).stateValue(StateValue.ALARM).stateReason("loud"));
        List<String> bodies = new ArrayList<>();
        Consumer<List<Message>> keep = ms -> ms.forEach(m -> bodies.add(m.body()));
        Polling.until("the loud alarm's notification", Duration.ofSeconds(10), () -> {
            keep.accept(sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages());
            return bodies.stream().anyMatch(body -> body.contains("AlarmName\\\":\\\"" + loud));
        });
        assertThat(bodies).isNotEmpty().noneMatch(body -> body.contains("AlarmName\\\":\\\"" + muted));
        assertThat(CW.describeAlarms(b -> b.alarmNames(muted)).metricAlarms().get(0).stateValue())
                .isEqualTo(StateValue.ALARM);

        fails(() -> CW.putAlarmMuteRule(b -> b.name(rule).rule(r -> r.schedule(s -> s.expression("every day")
                .duration("PT1H")))), "InvalidParameterValue");
        fails(() -> CW.putAlarmMuteRule(b -> b.name(rule)), "MissingParameter");
        CW.deleteAlarmMuteRule(b -> b.alarmMuteRuleName(rule));
        assertThatThrownBy(() -> CW.getAlarmMuteRule(b -> b.alarmMuteRuleName(rule)))
                .isInstanceOf(ResourceNotFoundException.class);
        CW.deleteAlarms(b -> b.alarmNames(muted, loud));
    }

    @Test
    void enrichmentWidgetImagesAndContributorsAnswer() throws java.io.IOException {
        CW.startOTelEnrichment(b -> { });
        assertThat(CW.getOTelEnrichment(b -> { }).status()).isEqualTo(OTelEnrichmentStatus.RUNNING);
        CW.stopOTelEnrichment(b -> { });
        assertThat(CW.getOTelEnrichment(b -> { }).status()).isEqualTo(OTelEnrichmentStatus.STOPPED);

        byte[] png = CW.getMetricWidgetImage(b -> b.metricWidget("{\"metrics\":[[\"AWS/Lambda\",\"Errors\"]]}"))
                .metricWidgetImage().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1);
        assertThat(image.getHeight()).isEqualTo(1);
        fails(() -> CW.getMetricWidgetImage(b -> b.metricWidget("nope")), "InvalidParameterValue");

        String alarm = "contributors-" + id();
        CW.putCompositeAlarm(b -> b.alarmName(alarm).alarmRule("FALSE"));
        assertThat(CW.describeAlarmContributors(b -> b.alarmName(alarm)).alarmContributors()).isEmpty();
        CW.deleteAlarms(b -> b.alarmNames(alarm));
        assertThatThrownBy(() -> CW.describeAlarmContributors(b -> b.alarmName(alarm)))
                .isInstanceOf(SdkServiceException.class)
                .satisfies(e -> assertThat(((SdkServiceException) e).statusCode()).isEqualTo(404));
    }
}
