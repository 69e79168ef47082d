package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;

/** Metrics through the AWS SDK for Java v2, which speaks Smithy RPC v2 CBOR to CloudWatch. */
@QuarkusTest
class CloudWatchMetricsTest {

    static final CloudWatchClient CW = Clients.cloudWatch();

    static String namespace() {
        return "Test/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The start of the current minute, a little in the past so the data is inside any range that ends now. */
    static Instant minute() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.MINUTES);
    }

    static Dimension dim(String name, String value) {
        return Dimension.builder().name(name).value(value).build();
    }

    /** The SDK gzips a PutMetricData body past 10 KB (Content-Encoding: gzip); every value of it is stored. */
    @Test
    void compressedPutMetricDataIsStoredWhole() {
        String ns = namespace();
        Instant t = minute();
        List<MetricDatum> data = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            data.add(MetricDatum.builder().metricName("Big").dimensions(dim("Api", "put")).timestamp(t)
                    .value((double) i).unit(StandardUnit.COUNT).build());
        }
        CW.putMetricData(b -> b.namespace(ns).metricData(data));

        GetMetricStatisticsResponse stats = CW.getMetricStatistics(b -> b.namespace(ns).metricName("Big")
                .dimensions(dim("Api", "put")).startTime(t).endTime(t.plusSeconds(60)).period(60)
                .statistics(Statistic.SAMPLE_COUNT, Statistic.SUM));
        assertThat(stats.datapoints()).singleElement().satisfies(p -> {
            assertThat(p.sampleCount()).isEqualTo(500.0);
            assertThat(p.sum()).isEqualTo(124_750.0);
        });
    }

    @Test
    void statisticsPerPeriodWithPercentilesAndUnits() {
        String ns = namespace();
        Instant t = minute();
        CW.putMetricData(b -> b.namespace(ns).metricData(
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "get")).timestamp(t)
                        .values(1.0, 2.0, 3.0, 4.0).counts(1.0, 1.0, 1.0, 1.0).unit(StandardUnit.MILLISECONDS).build(),
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "get")).timestamp(t.plusSeconds(5))
                        .value(100.0).unit(StandardUnit.MILLISECONDS).build(),
                MetricDatum.builder().metricName("Latency").dimensions(dim("Api", "get")).timestamp(t.plusSeconds(60))
                        .statisticValues(StatisticSet.builder().sampleCount(2.0).sum(10.0).minimum(4.0).maximum(6.0)
                                .build()).unit(StandardUnit.MILLISECONDS).build()));

        GetMetricStatisticsResponse stats = CW.getMetricStatistics(b -> b.namespace(ns).metricName("Latency")
                .dimensions(dim("Api", "get")).startTime(t.minusSeconds(60)).endTime(t.plusSeconds(180)).period(60)
                .statistics(Statistic.SAMPLE_COUNT, Statistic.SUM, Statistic.MINIMUM, Statistic.MAXIMUM,
                        Statistic.AVERAGE));
        assertThat(stats.label()).isEqualTo("Latency");
        List<Datapoint> points = stats.datapoints().stream().sorted(Comparator.comparing(Datapoint::timestamp))
                .toList();
        assertThat(points).hasSize(2);
        Datapoint first = points.get(0);
        assertThat(first.timestamp()).isEqualTo(t);
        assertThat(first.sampleCount()).isEqualTo(5.0);
        assertThat(first.sum()).isEqualTo(110.0);
        assertThat(first.minimum()).isEqualTo(1.0);
        assertThat(first.maximum()).isEqualTo(100.0);
        assertThat(first.average()).isEqualTo(22.0);
        assertThat(first.unit()).isEqualTo(StandardUnit.MILLISECONDS);
        assertThat(points.get(1).sampleCount()).isEqualTo(2.0);
        assertThat(points.get(1).average()).isEqualTo(5.0);

        GetMetricStatisticsResponse p = CW.getMetricStatistics(b -> b.namespace(ns).metricName("Latency")
                .dimensions(dim("Api", "get")).startTime(t).endTime(t.plusSeconds(60)).period(60)
                .extendedStatistics("p50", "p100"));
        assertThat(p.datapoints()).hasSize(1);
        assertThat(p.datapoints().get(0).extendedStatistics()).containsEntry("p50", 3.0).containsEntry("p100", 100.0);

        GetMetricStatisticsResponse wrongUnit = CW.getMetricStatistics(b -> b.namespace(ns).metricName("Latency")
                .dimensions(dim("Api", "get")).startTime(t).endTime(t.plusSeconds(60)).period(60)
                .statistics(Statistic.SUM).unit(StandardUnit.SECONDS));
        assertThat(wrongUnit.datapoints()).as("data in another unit is not converted").isEmpty();

        GetMetricStatisticsResponse otherDimensions = CW.getMetricStatistics(b -> b.namespace(ns)
                .metricName("Latency").startTime(t).endTime(t.plusSeconds(60)).period(60).statistics(Statistic.SUM));
        assertThat(otherDimensions.datapoints()).as("a metric is its name and all its dimensions").isEmpty();
    }

    /**
     * The SDK writes a whole epoch second that fits a single-precision float (every 128th second) as one. Its value
     * is the timestamp; its shortest decimal spelling may lie up to a minute off. The datum lands in its own minute.
     */
    @Test
    void timestampsSentAsSinglePrecisionFloatsKeepTheirMinute() {
        String ns = namespace();
        long second = minute().getEpochSecond();
        while ((double) (float) second != second
                || new java.math.BigDecimal(Float.toString(second)).longValue() / 60 == second / 60) {
            second -= 60;
        }
        Instant t = Instant.ofEpochSecond(second);
        CW.putMetricData(b -> b.namespace(ns).metricData(MetricDatum.builder().metricName("Exact").timestamp(t)
                .value(7.0).build()));
        GetMetricDataResponse r = CW.getMetricData(b -> b.startTime(t.minusSeconds(60)).endTime(t.plusSeconds(120))
                .metricDataQueries(stat("m", ns, "Exact", "Sum")).scanBy(ScanBy.TIMESTAMP_ASCENDING));
        assertThat(r.metricDataResults().get(0).timestamps()).containsExactly(t);
        assertThat(r.metricDataResults().get(0).values()).containsExactly(7.0);
    }

    @Test
    void metricDataWithMathAndScanOrder() {
        String ns = namespace();
        Instant t = minute().minus(3, ChronoUnit.MINUTES);
        for (int i = 0; i < 3; i++) {
            Instant at = t.plus(i, ChronoUnit.MINUTES);
            double a = i + 1;
            CW.putMetricData(b -> b.namespace(ns).metricData(
                    MetricDatum.builder().metricName("Requests").timestamp(at).value(a * 10).unit(StandardUnit.COUNT)
                            .build(),
                    MetricDatum.builder().metricName("Errors").timestamp(at).value(a).unit(StandardUnit.COUNT)
                            .build()));
        }
        MetricDataQuery requests = stat("m1", ns, "Requests", "Sum").toBuilder().returnData(false).build();
        MetricDataQuery errors = stat("m2", ns, "Errors", "Sum");
        MetricDataQuery rate = MetricDataQuery.builder().id("e1").expression("100 * m2 / m1").label("Error rate")
                .build();
        MetricDataQuery total = MetricDataQuery.builder().id("e2").expression("SUM([m1, m2])").build();
        GetMetricDataResponse r = CW.getMetricData(b -> b.startTime(t).endTime(t.plus(3, ChronoUnit.MINUTES))
                .metricDataQueries(requests, errors, rate, total).scanBy(ScanBy.TIMESTAMP_ASCENDING));
        assertThat(r.metricDataResults()).extracting(MetricDataResult::id).containsExactly("m2", "e1", "e2");
        MetricDataResult m2 = r.metricDataResults().get(0);
        assertThat(m2.label()).isEqualTo("Errors");
        assertThat(m2.values()).containsExactly(1.0, 2.0, 3.0);
        assertThat(m2.timestamps()).containsExactly(t, t.plusSeconds(60), t.plusSeconds(120));
        assertThat(m2.statusCodeAsString()).isEqualTo("Complete");
        assertThat(r.metricDataResults().get(1).label()).isEqualTo("Error rate");
        assertThat(r.metricDataResults().get(1).values()).containsExactly(10.0, 10.0, 10.0);
        assertThat(r.metricDataResults().get(2).values()).containsExactly(11.0, 22.0, 33.0);

        GetMetricDataResponse newestFirst = CW.getMetricData(b -> b.startTime(t)
                .endTime(t.plus(3, ChronoUnit.MINUTES)).metricDataQueries(errors).maxDatapoints(2));
        assertThat(newestFirst.metricDataResults().get(0).values()).containsExactly(3.0, 2.0);
        assertThat(newestFirst.nextToken()).isNotNull();
        assertThat(newestFirst.metricDataResults().get(0).statusCodeAsString()).isEqualTo("PartialData");
        GetMetricDataResponse rest = CW.getMetricData(b -> b.startTime(t).endTime(t.plus(3, ChronoUnit.MINUTES))
                .metricDataQueries(errors).maxDatapoints(2).nextToken(newestFirst.nextToken()));
        assertThat(rest.metricDataResults().get(0).values()).containsExactly(1.0);
        assertThat(rest.nextToken()).isNull();

        assertThatThrownBy(() -> CW.getMetricData(b -> b.startTime(t).endTime(t.plusSeconds(60))
                .metricDataQueries(errors, MetricDataQuery.builder().id("e9").expression("m2 +").build())))
                .isInstanceOf(CloudWatchException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationError"));
    }

    static MetricDataQuery stat(String id, String ns, String name, String stat) {
        return MetricDataQuery.builder().id(id).metricStat(MetricStat.builder()
                .metric(Metric.builder().namespace(ns).metricName(name).build()).period(60).stat(stat).build())
                .build();
    }

    @Test
    void listMetricsFiltersByNameAndDimensionsAndPages() {
        String ns = namespace();
        CW.putMetricData(b -> b.namespace(ns).metricData(
                MetricDatum.builder().metricName("A").dimensions(dim("Host", "h1")).value(1.0).build(),
                MetricDatum.builder().metricName("A").dimensions(dim("Host", "h2")).value(1.0).build(),
                MetricDatum.builder().metricName("B").dimensions(dim("Host", "h1"), dim("Az", "a")).value(1.0)
                        .build()));
        assertThat(CW.listMetrics(b -> b.namespace(ns)).metrics()).hasSize(3);
        assertThat(CW.listMetrics(b -> b.namespace(ns).metricName("A")).metrics()).hasSize(2);
        assertThat(CW.listMetrics(b -> b.namespace(ns).dimensions(DimensionFilter.builder().name("Host").value("h1")
                .build())).metrics()).extracting(Metric::metricName).containsExactlyInAnyOrder("A", "B");
        assertThat(CW.listMetrics(b -> b.namespace(ns).dimensions(DimensionFilter.builder().name("Az").build()))
                .metrics()).extracting(Metric::metricName).containsExactly("B");
        assertThat(CW.listMetrics(b -> b.namespace(ns).recentlyActive("PT3H")).metrics()).hasSize(3);
        assertThat(CW.listMetricsPaginator(b -> b.namespace(ns)).metrics()).hasSize(3);
    }

    @Test
    void badInputIsRefusedAsAwsRefusesIt() {
        assertThatThrownBy(() -> CW.putMetricData(b -> b.namespace("AWS/Lambda").metricData(
                MetricDatum.builder().metricName("x").value(1.0).build())))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("The value AWS/Lambda for parameter Namespace is invalid.");
        assertThatThrownBy(() -> CW.putMetricData(b -> b.namespace(namespace()).metricData(
                MetricDatum.builder().metricName("x").value(1.0).timestamp(Instant.now().minus(15, ChronoUnit.DAYS))
                        .build())))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> CW.getMetricStatistics(b -> b.namespace("N").metricName("M")
                .startTime(Instant.now().minusSeconds(60)).endTime(Instant.now()).statistics(Statistic.SUM)))
                .isInstanceOf(MissingRequiredParameterException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> CW.getMetricStatistics(b -> b.namespace("N").metricName("M").period(60)
                .startTime(Instant.now().minusSeconds(86400 * 2)).endTime(Instant.now()).statistics(Statistic.SUM)))
                .isInstanceOf(CloudWatchException.class)
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidParameterCombination"));
    }
}
