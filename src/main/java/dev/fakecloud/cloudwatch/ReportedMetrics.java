package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.series.Bucket;
import dev.fakecloud.cloudwatch.series.Retention;
import dev.fakecloud.core.telemetry.MetricDatum;
import dev.fakecloud.core.telemetry.Metrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The metrics fakecloud's services report about themselves (Lambda's {@code AWS/Lambda} for every invocation), kept
 * as CloudWatch keeps any metric. Recording only appends to a lock-free queue, so the invoke path never waits on the
 * store; every {@value #FLUSH_MS} ms the queue is drained, the data aggregated per metric, unit and minute, and each
 * bucket written to the store once. At most {@value #MAX_PENDING} data wait; beyond that new data is dropped (and
 * counted) rather than let memory grow.
 */
@ApplicationScoped
public class ReportedMetrics implements Metrics {

    static final long FLUSH_MS = 200;
    static final int MAX_PENDING = 200_000;
    private static final Logger LOG = Logger.getLogger(ReportedMetrics.class);

    private record Key(MetricIdentity metric, long start, String unit) {
    }

    private final ConcurrentLinkedQueue<MetricDatum> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final MetricStore store;
    private final Vertx vertx;
    private long timer = -1;

    public ReportedMetrics(MetricStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    @Override
    public void record(List<MetricDatum> data) {
        if (size.addAndGet(data.size()) > MAX_PENDING) {
            size.addAndGet(-data.size());
            dropped.addAndGet(data.size());
            return;
        }
        pending.addAll(data);
    }

    /** Writes what is pending to the store; returns how many buckets were written. */
    int flush() {
        Map<Key, Bucket> buckets = new HashMap<>();
        int drained = 0;
        for (MetricDatum d = pending.poll(); d != null; d = pending.poll()) {
            drained++;
            List<Dimension> dims = d.dimensions().stream().map(x -> new Dimension(x.name(), x.value())).toList();
            MetricIdentity metric = new MetricIdentity(d.scope().accountId(), d.scope().region(), d.namespace(),
                    d.name(), dims);
            long start = Retention.intervalStart(d.timestamp().toEpochMilli(), 60);
            String unit = d.unit() == null ? Units.NONE : d.unit();
            buckets.merge(new Key(metric, start, unit), Bucket.of(start, 60, unit, d.value(), 1), Bucket::merge);
        }
        size.addAndGet(-drained);
        long now = System.currentTimeMillis();
        buckets.forEach((k, b) -> store.add(k.metric(), b, now));
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warnf("Dropped %d reported metric data: more than %d were waiting to be stored", lost, MAX_PENDING);
        }
        return buckets.size();
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(FLUSH_MS, id -> flush());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
        flush();
    }
}
