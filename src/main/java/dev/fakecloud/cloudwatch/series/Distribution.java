package dev.fakecloud.cloudwatch.series;

import java.util.Arrays;

/**
 * The values of one bucket of a metric, for percentile statistics: distinct values with their weights (how many
 * samples had each), sorted. Exact while a bucket holds at most {@value #EXACT_LIMIT} distinct values; beyond that,
 * values are kept as the representatives of logarithmic bins two percent wide (relative error under one percent,
 * a few hundred bins for any realistic range), so a bucket stays small however many samples it takes.
 * Immutable: adding returns a new distribution.
 */
public record Distribution(double[] values, double[] weights, boolean exact) {

    static final int EXACT_LIMIT = 256;
    private static final double GAMMA = 1.02;
    private static final double LOG_GAMMA = Math.log(GAMMA);

    public static final Distribution EMPTY = new Distribution(new double[0], new double[0], true);

    public static Distribution of(double value, double weight) {
        return new Distribution(new double[] {value}, new double[] {weight}, true);
    }

    public int size() {
        return values.length;
    }

    public double total() {
        double t = 0;
        for (double w : weights) {
            t += w;
        }
        return t;
    }

    /** This distribution and {@code other} together. */
    public Distribution merge(Distribution other) {
        if (other.values.length == 0) {
            return this;
        }
        if (values.length == 0) {
            return other;
        }
        boolean bothExact = exact && other.exact;
        Distribution a = bothExact ? this : binned();
        Distribution b = bothExact ? other : other.binned();
        Distribution merged = mergeSorted(a, b, bothExact);
        return merged.exact && merged.values.length > EXACT_LIMIT ? merged.binned() : merged;
    }

    /**
     * The value at percentile {@code p} (0 to 100): the smallest value whose cumulative weight reaches {@code p}
     * percent of the total (nearest rank).
     */
    public double percentile(double p) {
        double total = total();
        double target = Math.max(Double.MIN_VALUE, p / 100.0 * total);
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (cumulative >= target - 1e-9 * total) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Weight and weighted sum of the samples ranked between {@code fromPct} and {@code toPct} percent. */
    public Slice slice(double fromPct, double toPct) {
        double total = total();
        double lo = fromPct / 100.0 * total;
        double hi = toPct / 100.0 * total;
        double cumulative = 0;
        double weight = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double start = cumulative;
            cumulative += weights[i];
            double overlap = Math.min(cumulative, hi) - Math.max(start, lo);
            if (overlap > 0) {
                weight += overlap;
                sum += overlap * values[i];
            }
        }
        return new Slice(weight, sum);
    }

    /** Weight of the samples whose value lies in {@code (low, high]}. */
    public double weightBetween(double low, double high) {
        double w = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > low && values[i] <= high) {
                w += weights[i];
            }
        }
        return w;
    }

    /** Weight and weighted sum of part of a distribution. */
    public record Slice(double weight, double sum) {
    }

    private Distribution binned() {
        if (!exact) {
            return this;
        }
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = bin(values[i]);
        }
        // binning keeps the order; neighbours may now be equal
        return mergeSorted(new Distribution(v, weights, false), EMPTY, false);
    }

    /** The representative of the logarithmic bin {@code value} falls in (0 stays 0). */
    static double bin(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double magnitude = Math.abs(value);
        double index = Math.ceil(Math.log(magnitude) / LOG_GAMMA);
        double representative = 2 * Math.pow(GAMMA, index) / (GAMMA + 1);
        return Math.copySign(representative, value);
    }

    private static Distribution mergeSorted(Distribution a, Distribution b, boolean exact) {
        double[] v = new double[a.values.length + b.values.length];
        double[] w = new double[v.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.values.length || j < b.values.length) {
            double next;
            double weight;
            if (j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j])) {
                next = a.values[i];
                weight = a.weights[i++];
            } else {
                next = b.values[j];
                weight = b.weights[j++];
            }
            if (n > 0 && v[n - 1] == next) {
                w[n - 1] += weight;
            } else {
                v[n] = next;
                w[n++] = weight;
            }
        }
        return new Distribution(Arrays.copyOf(v, n), Arrays.copyOf(w, n), exact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && exact == d.exact && Arrays.equals(values, d.values)
                && Arrays.equals(weights, d.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Distribution" + Arrays.toString(values) + Arrays.toString(weights);
    }
}
