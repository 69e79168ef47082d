package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.series.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a metric's data by period: the buckets whose interval starts within each period of {@code [start, end)}
 * (start already aligned), aggregated. Periods without data are left out, as CloudWatch leaves them out.
 */
@ApplicationScoped
public class MetricReader {

    /** One period's samples: when it starts and its aggregate. */
    public record PeriodSamples(long start, Bucket samples) {
    }

    private final MetricStore store;

    public MetricReader(MetricStore store) {
        this.store = store;
    }

    /**
     * The samples of each period in one unit ({@code unit} non-null), or of every unit together (null), in time order.
     * {@code unitsSeen} receives the units the data was reported in.
     */
    public List<PeriodSamples> periods(MetricIdentity metric, long start, long end, int periodSeconds, String unit,
            java.util.Set<String> unitsSeen) {
        TreeMap<Long, Bucket> byPeriod = new TreeMap<>();
        long periodMs = periodSeconds * 1000L;
        for (Bucket b : store.range(metric, start, end)) {
            if (unit != null && !unit.equals(b.unit())) {
                continue;
            }
            if (unitsSeen != null) {
                unitsSeen.add(b.unit());
            }
            long periodStart = start + Math.floorDiv(b.start() - start, periodMs) * periodMs;
            byPeriod.merge(periodStart, b.rolledUp(periodStart, periodSeconds), Bucket::merge);
        }
        List<PeriodSamples> out = new ArrayList<>(byPeriod.size());
        byPeriod.forEach((t, b) -> out.add(new PeriodSamples(t, b)));
        return out;
    }

    /** The samples of each period, per unit: GetMetricStatistics answers each unit separately. */
    public Map<String, List<PeriodSamples>> periodsByUnit(MetricIdentity metric, long start, long end,
            int periodSeconds) {
        Map<String, TreeMap<Long, Bucket>> byUnit = new TreeMap<>();
        long periodMs = periodSeconds * 1000L;
        for (Bucket b : store.range(metric, start, end)) {
            long periodStart = start + Math.floorDiv(b.start() - start, periodMs) * periodMs;
            byUnit.computeIfAbsent(b.unit(), u -> new TreeMap<>())
                    .merge(periodStart, b.rolledUp(periodStart, periodSeconds), Bucket::merge);
        }
        Map<String, List<PeriodSamples>> out = new TreeMap<>();
        byUnit.forEach((u, periods) -> {
            List<PeriodSamples> list = new ArrayList<>();
            periods.forEach((t, b) -> list.add(new PeriodSamples(t, b)));
            out.put(u, list);
        });
        return out;
    }
}
