package dev.fakecloud.cloudwatch.series;

/**
 * What one metric received in one unit during one interval of its resolution ({@code seconds}: 1 for high-resolution
 * data, 60 for standard, 300 and 3600 once rolled up): sample count, sum, minimum, maximum and the distribution of
 * the values for percentiles. {@code complete} is false once statistic sets (whose values are unknown) were added,
 * and then percentiles are not available, as on AWS. Immutable; CloudWatch keeps one per interval, not one per datum.
 */
public record Bucket(long start, int seconds, String unit, double sampleCount, double sum, double min, double max,
        Distribution distribution, boolean complete) {

    /** {@code count} samples of {@code value} (a single value has a count of 1). */
    public static Bucket of(long start, int seconds, String unit, double value, double count) {
        return new Bucket(start, seconds, unit, count, value * count, value, value, Distribution.of(value, count),
                true);
    }

    /** A statistic set: its aggregates are known, its values are not. */
    public static Bucket ofStatistics(long start, int seconds, String unit, double sampleCount, double sum,
            double min, double max) {
        return new Bucket(start, seconds, unit, sampleCount, sum, min, max, Distribution.EMPTY, false);
    }

    /** This bucket with {@code other}'s samples added (kept at this bucket's interval). */
    public Bucket merge(Bucket other) {
        return new Bucket(start, seconds, unit, sampleCount + other.sampleCount, sum + other.sum,
                Math.min(min, other.min), Math.max(max, other.max), distribution.merge(other.distribution),
                complete && other.complete);
    }

    /** The same samples in a coarser interval. */
    public Bucket rolledUp(long coarserStart, int coarserSeconds) {
        return new Bucket(coarserStart, coarserSeconds, unit, sampleCount, sum, min, max, distribution, complete);
    }

    public double average() {
        return sampleCount == 0 ? 0 : sum / sampleCount;
    }
}
