import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * CloudWatch metrics through the AWS SDK v2 (the CloudWatchClient speaks Smithy RPC v2 CBOR) against a running
 * fakecloud. Stores BENCH_DATAPOINTS (one million) data points in one metric: PutMetricData calls of 1,000 samples
 * each (10 MetricDatum of 100 Values, Counts all 1, each datum in its own minute, minutes running back from now over
 * about a week), then measures, with all of them stored: single-value PutMetricData, GetMetricStatistics of one
 * day at one-minute periods (1,440 points, five statistics) and of the whole week at one-hour periods, and
 * GetMetricStatistics with p99 (an extended statistic) over one day. Usage: java -cp <sdk classpath>
 * bench/CloudWatchBench.java <endpoint> [data points]
 */
public class CloudWatchBench {

    static final String NAMESPACE = "Bench";
    static final Dimension DIMENSION = Dimension.builder().name("Service").value("bench").build();

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        long points = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        CloudWatchClient cw = CloudWatchClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().build()).build();
        String metric = "Latency-" + Long.toHexString(System.nanoTime());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Random random = new Random(42);
        int perDatum = 100;
        int datumsPerCall = 10;
        long calls = points / (perDatum * datumsPerCall);
        List<Long> loads = new ArrayList<>();
        long start = System.nanoTime();
        int minute = 1;
        for (long c = 0; c < calls; c++) {
            List<MetricDatum> data = new ArrayList<>(datumsPerCall);
            for (int d = 0; d < datumsPerCall; d++) {
                List<Double> values = new ArrayList<>(perDatum);
                List<Double> counts = new ArrayList<>(perDatum);
                for (int v = 0; v < perDatum; v++) {
                    values.add(Math.floor(random.nextDouble() * 1000) / 10);
                    counts.add(1.0);
                }
                Instant at = now.minus(minute++, ChronoUnit.MINUTES);
                data.add(MetricDatum.builder().metricName(metric).dimensions(DIMENSION).timestamp(at)
                        .unit(StandardUnit.MILLISECONDS).values(values).counts(counts).build());
            }
            long t = System.nanoTime();
            cw.putMetricData(b -> b.namespace(NAMESPACE).metricData(data));
            loads.add(System.nanoTime() - t);
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long stored = calls * perDatum * datumsPerCall;
        Instant oldest = now.minus(minute, ChronoUnit.MINUTES);

        // every stored sample is counted back before anything is timed
        GetMetricStatisticsResponse all = cw.getMetricStatistics(b -> b.namespace(NAMESPACE).metricName(metric)
                .dimensions(DIMENSION).startTime(oldest).endTime(now.plusSeconds(60)).period(86_400 * 30)
                .statistics(Statistic.SAMPLE_COUNT));
        double counted = all.datapoints().stream().mapToDouble(p -> p.sampleCount()).sum();
        if (counted != stored) {
            throw new IllegalStateException("stored " + stored + " samples, GetMetricStatistics counts " + counted);
        }

        System.out.printf("%-62s %8s %8s %8s %8s%n", "CloudWatch, " + stored + " data points stored (SDK v2, CBOR)",
                "calls", "calls/s", "p50 ms", "p99 ms");
        row("PutMetricData, 1,000 samples a call (load)", loads, loadSeconds);

        int n = Integer.parseInt(System.getenv().getOrDefault("BENCH_CALLS", "1000"));
        List<Long> puts = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            double value = random.nextDouble() * 100;
            long t = System.nanoTime();
            cw.putMetricData(b -> b.namespace(NAMESPACE).metricData(d -> d.metricName(metric).dimensions(DIMENSION)
                    .unit(StandardUnit.MILLISECONDS).value(value)));
            puts.add(System.nanoTime() - t);
        }
        row("PutMetricData, one value", puts, (System.nanoTime() - start) / 1e9);

        long days = Math.max(1, (now.getEpochSecond() - oldest.getEpochSecond()) / 86_400);
        timeStatistics(cw, metric, n, "GetMetricStatistics, 1 day / 60 s (1,440 points)", random, days, 86_400, 60,
                false);
        timeStatistics(cw, metric, Math.max(1, n / 5), "GetMetricStatistics, " + days + " days / 1 h, 5 stats",
                random, 0, days * 86_400, 3600, false);
        timeStatistics(cw, metric, n, "GetMetricStatistics, 1 day / 60 s, p99", random, days, 86_400, 60, true);
        cw.close();
    }

    /** Times {@code n} GetMetricStatistics of {@code span} seconds, each ending on a random day of the data. */
    static void timeStatistics(CloudWatchClient cw, String metric, int n, String label, Random random, long days,
            long span, int period, boolean percentile) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Long> times = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Instant to = end.minus(days == 0 ? 0 : random.nextInt((int) days), ChronoUnit.DAYS);
            Instant from = to.minusSeconds(span);
            long t = System.nanoTime();
            GetMetricStatisticsResponse r = cw.getMetricStatistics(b -> {
                b.namespace(NAMESPACE).metricName(metric).dimensions(DIMENSION).startTime(from).endTime(to)
                        .period(period);
                if (percentile) {
                    b.extendedStatistics("p99");
                } else {
                    b.statistics(Statistic.SAMPLE_COUNT, Statistic.AVERAGE, Statistic.SUM, Statistic.MINIMUM,
                            Statistic.MAXIMUM);
                }
            });
            times.add(System.nanoTime() - t);
            if (r.datapoints().isEmpty()) {
                throw new IllegalStateException("no data points between " + from + " and " + to);
            }
        }
        row(label, times, (System.nanoTime() - start) / 1e9);
    }

    static void row(String name, List<Long> nanos, double seconds) {
        Collections.sort(nanos);
        System.out.printf("%-62s %8d %8.0f %8.2f %8.2f%n", name, nanos.size(), nanos.size() / seconds,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get(Math.min(nanos.size() - 1,
                        (int) Math.ceil(nanos.size() * 0.99) - 1)) / 1e6);
    }
}
