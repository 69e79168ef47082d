package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilterMatchRecord;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Metric filters through the AWS SDK for Java v2: stored, listed, tested, counted, and feeding CloudWatch. */
@QuarkusTest
class LogsMetricFiltersTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();
    static final CloudWatchClient CW = Clients.cloudWatch();

    static String group() {
        return "/metric/" + UUID.randomUUID().toString().substring(0, 8);
    }

    static software.amazon.awssdk.services.cloudwatchlogs.model.MetricTransformation.Builder transformation(
            software.amazon.awssdk.services.cloudwatchlogs.model.MetricTransformation.Builder t, String namespace,
            String name, String value) {
        return t.metricNamespace(namespace).metricName(name).metricValue(value);
    }

    @Test
    void filtersAreStoredListedCountedAndDeleted() {
        String g = group();
        String ns = "App" + UUID.randomUUID().toString().substring(0, 6);
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("errors").filterPattern("ERROR")
                .metricTransformations(t -> transformation(t, ns, "Errors", "1")));
        LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("latency").filterPattern("{ $.ms > 0 }")
                .metricTransformations(t -> transformation(t, ns, "Latency", "$.ms").unit("Milliseconds")));

        List<MetricFilter> all = LOGS.describeMetricFilters(b -> b.logGroupName(g)).metricFilters();
        assertThat(all).extracting(MetricFilter::filterName).containsExactly("errors", "latency");
        assertThat(all.get(0).logGroupName()).isEqualTo(g);
        assertThat(all.get(0).creationTime()).isPositive();
        assertThat(LOGS.describeMetricFilters(b -> b.logGroupName(g).filterNamePrefix("lat")).metricFilters())
                .extracting(MetricFilter::filterName).containsExactly("latency");
        assertThat(LOGS.describeMetricFilters(b -> b.metricNamespace(ns).metricName("Errors")).metricFilters())
                .extracting(MetricFilter::filterName).containsExactly("errors");
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0).metricFilterCount())
                .isEqualTo(2);

        assertThatThrownBy(() -> LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("x").filterPattern("{ $.a ")
                .metricTransformations(t -> transformation(t, ns, "X", "1"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid filter pattern");
        assertThatThrownBy(() -> LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("x").filterPattern("")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Value null at 'metricTransformations' failed to satisfy constraint");

        LOGS.deleteMetricFilter(b -> b.logGroupName(g).filterName("errors"));
        assertThatThrownBy(() -> LOGS.deleteMetricFilter(b -> b.logGroupName(g).filterName("errors")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified metric filter does not exist.");
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups().get(0).metricFilterCount())
                .isEqualTo(1);
        assertThatThrownBy(() -> LOGS.describeMetricFilters(b -> b.logGroupName(g + "-none")))
                .isInstanceOf(ResourceNotFoundException.class);

        LOGS.deleteLogGroup(b -> b.logGroupName(g));
        LOGS.createLogGroup(b -> b.logGroupName(g));
        assertThat(LOGS.describeMetricFilters(b -> b.logGroupName(g)).metricFilters())
                .as("a deleted group's filters go with it").isEmpty();
    }

    @Test
    void testMetricFilterReportsTheMatchingMessages() {
        List<MetricFilterMatchRecord> matches = LOGS.testMetricFilter(b -> b.filterPattern("{ $.level = \"ERROR\" }")
                .logEventMessages("{\"level\":\"INFO\"}", "{\"level\":\"ERROR\"}", "plain ERROR")).matches();
        assertThat(matches).extracting(MetricFilterMatchRecord::eventNumber).containsExactly(2L);
        assertThat(matches.get(0).eventMessage()).isEqualTo("{\"level\":\"ERROR\"}");

        List<MetricFilterMatchRecord> delimited = LOGS.testMetricFilter(b -> b
                .filterPattern("[ip, user, ..., status=404, size]")
                .logEventMessages("127.0.0.1 frank GET /a 200 10", "10.0.0.1 - GET /missing 404 512")).matches();
        assertThat(delimited).singleElement().satisfies(m -> {
            assertThat(m.eventNumber()).isEqualTo(2L);
            assertThat(m.extractedValues()).containsEntry("$ip", "10.0.0.1").containsEntry("$user", "-")
                    .containsEntry("$status", "404").containsEntry("$size", "512");
        });
    }

    @Test
    void matchingEventsAreRecordedAsMetricValues() {
        String g = group();
        String ns = "App" + UUID.randomUUID().toString().substring(0, 6);
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("s"));
        LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("latency").filterPattern("{ $.ms > 0 }")
                .metricTransformations(t -> transformation(t, ns, "Latency", "$.ms").unit("Milliseconds")
                        .dimensions(Map.of("Route", "$.route"))));
        long now = System.currentTimeMillis();
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                InputLogEvent.builder().timestamp(now).message("{\"ms\": 40, \"route\": \"/a\"}").build(),
                InputLogEvent.builder().timestamp(now).message("{\"ms\": 60, \"route\": \"/a\"}").build(),
                InputLogEvent.builder().timestamp(now).message("no json here").build()));
        List<Datapoint> points = Polling.until(Duration.ofSeconds(10), () -> CW.getMetricStatistics(b -> b
                .namespace(ns).metricName("Latency").dimensions(d -> d.name("Route").value("/a"))
                .startTime(Instant.ofEpochMilli(now).minusSeconds(120)).endTime(Instant.now().plusSeconds(120))
                .period(60).statistics(Statistic.SUM, Statistic.SAMPLE_COUNT)).datapoints(),
                p -> p.stream().mapToDouble(Datapoint::sampleCount).sum() == 2);
        assertThat(points.stream().mapToDouble(Datapoint::sum).sum()).isEqualTo(100.0);

        LOGS.putMetricFilter(b -> b.logGroupName(g).filterName("bytes").filterPattern("[ip, status, size]")
                .metricTransformations(t -> transformation(t, ns, "Bytes", "$size").dimensions(Map.of("Status",
                        "$status"))));
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                InputLogEvent.builder().timestamp(now).message("10.0.0.1 404 512").build()));
        Polling.until(Duration.ofSeconds(10), () -> CW.getMetricStatistics(b -> b.namespace(ns).metricName("Bytes")
                .dimensions(d -> d.name("Status").value("404")).startTime(Instant.ofEpochMilli(now).minusSeconds(120))
                .endTime(Instant.now().plusSeconds(120)).period(60).statistics(Statistic.SUM)).datapoints(),
                p -> p.stream().mapToDouble(Datapoint::sum).sum() == 512.0);
    }
}
