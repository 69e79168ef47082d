package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.series.Bucket;
import dev.fakecloud.cloudwatch.series.Retention;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric and its data, in the state store: one row per metric (for ListMetrics) and one row per bucket (a
 * metric's samples in one unit over one interval of its resolution), so memory grows with metrics and time, not
 * with the number of data points, and a PutMetricData journals only the buckets it changed. Buckets are rolled up
 * to coarser intervals and finally dropped as AWS's retention rules say ({@link #applyRetention}).
 */
@Startup
@ApplicationScoped
public class MetricStore {

    /** A metric's definition is rewritten when its last data point moves on by this much. */
    private static final long LAST_PUT_GRANULARITY_MS = 60_000;

    private final Table<String, MetricDefinition> metrics;
    private final Table<BucketKey, Bucket> buckets;

    public MetricStore(StateStore store) {
        this.metrics = store.sortedTable("cloudwatch.metrics", String.class, MetricDefinition.class,
                Comparator.naturalOrder());
        this.buckets = store.sortedTable("cloudwatch.buckets", BucketKey.class, Bucket.class, BucketKey.ORDER);
    }

    /** Adds samples to the bucket they fall in (created when absent) and marks the metric as active. */
    public void add(MetricIdentity metric, Bucket samples, long nowMillis) {
        String id = metric.id();
        buckets.upsert(new BucketKey(id, samples.start(), samples.unit(), samples.seconds()),
                current -> current == null ? samples : current.merge(samples));
        long last = Math.max(nowMillis, samples.start());
        metrics.upsert(id, current -> current == null
                || last - current.lastPutMillis() >= LAST_PUT_GRANULARITY_MS ? new MetricDefinition(metric, last)
                : current);
    }

    /** The metric's buckets whose interval starts in {@code [from, to)}, in time order, every unit. */
    public List<Bucket> range(MetricIdentity metric, long from, long to) {
        String id = metric.id();
        return buckets.range(BucketKey.from(id, from), BucketKey.from(id, to));
    }

    public Optional<MetricDefinition> definition(MetricIdentity metric) {
        return metrics.find(metric.id());
    }

    /** The metrics of an account and region (of one namespace when given), in namespace, name, dimensions order. */
    public List<MetricDefinition> definitions(String account, String region, String namespace) {
        String prefix = namespace == null ? MetricIdentity.scopePrefix(account, region)
                : MetricIdentity.namespacePrefix(account, region, namespace);
        List<MetricDefinition> out = new ArrayList<>();
        for (MetricDefinition d : metrics.tail(prefix, true)) {
            if (!d.identity().id().startsWith(prefix)) {
                break;
            }
            out.add(d);
        }
        return out;
    }

    /** How many buckets are held (for tests and benchmarks). */
    public int bucketCount() {
        return buckets.size();
    }

    /**
     * Rolls buckets older than their resolution's retention into coarser ones and drops what is older than 15
     * months; metrics without data for that long are forgotten too. Returns how many buckets changed.
     */
    public int applyRetention(long nowMillis) {
        int changed = 0;
        for (Map.Entry<BucketKey, Bucket> e : List.copyOf(buckets.entries())) {
            Bucket b = e.getValue();
            int keep = Retention.resolutionAt(nowMillis - b.start(), b.seconds());
            if (keep == b.seconds()) {
                continue;
            }
            if (!buckets.remove(e.getKey(), b)) {
                continue;
            }
            changed++;
            if (keep > 0) {
                Bucket coarser = b.rolledUp(Retention.intervalStart(b.start(), keep), keep);
                BucketKey key = e.getKey();
                buckets.upsert(new BucketKey(key.series(), coarser.start(), key.unit(), keep),
                        current -> current == null ? coarser : current.merge(coarser));
            }
        }
        metrics.removeIf((id, d) -> nowMillis - d.lastPutMillis() >= Retention.HOUR_MS);
        return changed;
    }
}
