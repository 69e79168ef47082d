package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Every invocation of a real function (in Docker) reports AWS/Lambda metrics, read back with the CloudWatch SDK. */
@QuarkusTest
class CloudWatchLambdaMetricsTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();
    final CloudWatchClient cw = Clients.cloudWatch();

    @Test
    void invocationsErrorsDurationAndThrottlesAreQueryable() {
        String name = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    if event.get('fail'):\n        raise ValueError('no')\n"
                                + "    return 1\n"))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        String version = lambda.publishVersion(b -> b.functionName(name)).version();
        lambda.createAlias(b -> b.functionName(name).name("live").functionVersion(version));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{}")));
        lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"fail\":true}")));
        lambda.invoke(b -> b.functionName(name).qualifier("live").payload(SdkBytes.fromUtf8String("{}")));

        Dimension byName = Dimension.builder().name("FunctionName").value(name).build();
        Datapoint invocations = sum(name, "Invocations", List.of(byName), start, 3.0);
        assertThat(invocations.sum()).isEqualTo(3.0);
        assertThat(sum(name, "Errors", List.of(byName), start, 1.0).sum()).isEqualTo(1.0);
        Datapoint duration = Polling.eventually(() -> stats(name, "Duration", List.of(byName), start), d -> d != null
                && d.sampleCount() == 3.0, Duration.ofSeconds(10));
        assertThat(duration.unitAsString()).isEqualTo("Milliseconds");
        assertThat(duration.maximum()).isPositive();

        Dimension resource = Dimension.builder().name("Resource").value(name + ":live").build();
        Dimension executed = Dimension.builder().name("ExecutedVersion").value(version).build();
        assertThat(sum(name, "Invocations", List.of(byName, resource), start, 1.0).sum()).isEqualTo(1.0);
        assertThat(sum(name, "Invocations", List.of(byName, resource, executed), start, 1.0).sum()).isEqualTo(1.0);

        lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));
        assertThat(sum(name, "AsyncEventsReceived", List.of(byName), start, 1.0).sum()).isEqualTo(1.0);
        assertThat(Polling.eventually(() -> stats(name, "AsyncEventAge", List.of(byName), start), d -> d != null,
                Duration.ofSeconds(10))).as("AsyncEventAge").isNotNull();
        assertThat(sum(name, "Invocations", List.of(byName), start, 4.0).sum()).isEqualTo(4.0);

        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(0));
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName(name))).isInstanceOf(
                TooManyRequestsException.class);
        assertThat(sum(name, "Throttles", List.of(byName), start, 1.0).sum()).isEqualTo(1.0);

        MetricDataQuery query = MetricDataQuery.builder().id("m1").metricStat(MetricStat.builder()
                .metric(Metric.builder().namespace("AWS/Lambda").metricName("ConcurrentExecutions")
                        .dimensions(byName).build()).period(60).stat("Maximum").build()).build();
        GetMetricDataResponse data = cw.getMetricData(b -> b.metricDataQueries(query).startTime(start.minusSeconds(60))
                .endTime(Instant.now().plusSeconds(60)));
        assertThat(data.metricDataResults().get(0).values()).isNotEmpty().allMatch(v -> v >= 1.0);
        assertThat(cw.listMetrics(b -> b.namespace("AWS/Lambda").dimensions(d -> d.name("FunctionName").value(name)))
                .metrics()).extracting(Metric::metricName)
                .contains("Invocations", "Errors", "Duration", "Throttles", "ConcurrentExecutions");
        lambda.deleteFunction(b -> b.functionName(name));
    }

    Datapoint sum(String name, String metric, List<Dimension> dims, Instant start, double expected) {
        Datapoint d = Polling.eventually(() -> stats(name, metric, dims, start), p -> p != null
                && p.sum() >= expected, Duration.ofSeconds(10));
        assertThat(d).as(metric + " " + dims).isNotNull();
        return d;
    }

    /** All the metric's data since {@code start}, in one data point (a period long enough for the test). */
    Datapoint stats(String name, String metric, List<Dimension> dims, Instant start) {
        List<Datapoint> points = cw.getMetricStatistics(b -> b.namespace("AWS/Lambda").metricName(metric)
                .dimensions(dims).startTime(start).endTime(start.plus(10, ChronoUnit.MINUTES)).period(600)
                .statistics(Statistic.SUM, Statistic.SAMPLE_COUNT, Statistic.MAXIMUM)).datapoints();
        return points.isEmpty() ? null : points.get(0);
    }
}
