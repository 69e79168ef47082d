package dev.fakecloud.cloudwatch;

import java.util.Comparator;

/**
 * Where one bucket of a metric's data lives in the store: the metric's id, the interval start, the unit and the
 * resolution. Ordered by metric, then time, so the buckets of a metric over a time range are one range of keys.
 */
public record BucketKey(String series, long start, String unit, int seconds) {

    static final Comparator<BucketKey> ORDER = Comparator.comparing(BucketKey::series)
            .thenComparingLong(BucketKey::start)
            .thenComparing(BucketKey::unit)
            .thenComparingInt(BucketKey::seconds);

    /** The first key of {@code series} at or after {@code start}. */
    static BucketKey from(String series, long start) {
        return new BucketKey(series, start, "", 0);
    }
}
