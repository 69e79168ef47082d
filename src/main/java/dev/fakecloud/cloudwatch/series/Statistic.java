package dev.fakecloud.cloudwatch.series;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of CloudWatch's statistics, computed from the samples of a period: the five basic ones ({@code SampleCount},
 * {@code Average}, {@code Sum}, {@code Minimum}, {@code Maximum}) and the extended ones: percentiles ({@code p99},
 * {@code p99.9}), trimmed mean, count and sum ({@code tm90}, {@code TM(10%:90%)}, {@code tc90}, {@code ts90}),
 * winsorized mean ({@code wm90}, {@code WM(10%:90%)}), interquartile mean ({@code IQM}) and percentile rank
 * ({@code PR(:300)}, {@code PR(100:2000)}). Extended statistics need the values, so they are not available for
 * periods with statistic sets or negative values.
 */
public sealed interface Statistic {

    /** The statistic's name as the caller spelled it (it names the value in replies). */
    String name();

    /** The value over {@code samples}, or null when it is not available. */
    Double compute(Bucket samples);

    /** Parses a statistic; null when it is not one CloudWatch knows. */
    static Statistic parse(String text) {
        if (text == null) {
            return null;
        }
        Basic basic = Basic.of(text);
        if (basic != null) {
            return basic;
        }
        return Extended.parse(text);
    }

    /** A basic statistic. */
    enum Basic implements Statistic {
        SAMPLE_COUNT("SampleCount"), AVERAGE("Average"), SUM("Sum"), MINIMUM("Minimum"), MAXIMUM("Maximum");

        private final String wire;

        Basic(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        static Basic of(String text) {
            for (Basic b : values()) {
                if (b.wire.equals(text)) {
                    return b;
                }
            }
            return null;
        }

        @Override
        public Double compute(Bucket s) {
            return switch (this) {
                case SAMPLE_COUNT -> s.sampleCount();
                case AVERAGE -> s.average();
                case SUM -> s.sum();
                case MINIMUM -> s.min();
                case MAXIMUM -> s.max();
            };
        }
    }

    /** An extended statistic over the value distribution. */
    record Extended(String name, Kind kind, double from, double to) implements Statistic {

        public enum Kind { PERCENTILE, TRIMMED_MEAN, TRIMMED_COUNT, TRIMMED_SUM, WINSORIZED_MEAN, PERCENTILE_RANK }

        private static final Pattern SHORT = Pattern.compile("(p|tm|tc|ts|wm)(\\d{1,2}(?:\\.\\d{1,10})?|100)");
        private static final Pattern RANGE = Pattern.compile("(TM|TC|TS|WM)\\((\\d{1,3}(?:\\.\\d+)?)?%?:(\\d{1,3}(?:\\.\\d+)?)?%?\\)");
        private static final Pattern RANK = Pattern.compile("PR\\((-?\\d+(?:\\.\\d+)?)?:(-?\\d+(?:\\.\\d+)?)?\\)");

        static Extended parse(String text) {
            if (text.equals("IQM")) {
                return new Extended(text, Kind.TRIMMED_MEAN, 25, 75);
            }
            Matcher m = SHORT.matcher(text);
            if (m.matches()) {
                double n = Double.parseDouble(m.group(2));
                if (n > 100) {
                    return null;
                }
                return switch (m.group(1)) {
                    case "p" -> new Extended(text, Kind.PERCENTILE, n, n);
                    case "tm" -> new Extended(text, Kind.TRIMMED_MEAN, 0, n);
                    case "tc" -> new Extended(text, Kind.TRIMMED_COUNT, 0, n);
                    case "ts" -> new Extended(text, Kind.TRIMMED_SUM, 0, n);
                    default -> new Extended(text, Kind.WINSORIZED_MEAN, 0, n);
                };
            }
            m = RANGE.matcher(text);
            if (m.matches()) {
                double from = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
                double to = m.group(3) == null ? 100 : Double.parseDouble(m.group(3));
                if (from > to || to > 100) {
                    return null;
                }
                Kind kind = switch (m.group(1).toUpperCase(Locale.ROOT)) {
                    case "TM" -> Kind.TRIMMED_MEAN;
                    case "TC" -> Kind.TRIMMED_COUNT;
                    case "TS" -> Kind.TRIMMED_SUM;
                    default -> Kind.WINSORIZED_MEAN;
                };
                return new Extended(text, kind, from, to);
            }
            m = RANK.matcher(text);
            if (m.matches()) {
                double from = m.group(1) == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
                double to = m.group(2) == null ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                return new Extended(text, Kind.PERCENTILE_RANK, from, to);
            }
            return null;
        }

        @Override
        public Double compute(Bucket s) {
            Distribution d = s.distribution();
            if (!s.complete() || d.size() == 0 || s.min() < 0) {
                return null;
            }
            return switch (kind) {
                case PERCENTILE -> d.percentile(from);
                case TRIMMED_MEAN -> {
                    Distribution.Slice slice = d.slice(from, to);
                    yield slice.weight() == 0 ? null : slice.sum() / slice.weight();
                }
                case TRIMMED_COUNT -> d.slice(from, to).weight();
                case TRIMMED_SUM -> d.slice(from, to).sum();
                case WINSORIZED_MEAN -> winsorized(d);
                case PERCENTILE_RANK -> 100.0 * d.weightBetween(from, to) / d.total();
            };
        }

        /** The mean after values below the lower and above the upper percentile are set to those percentiles. */
        private Double winsorized(Distribution d) {
            double total = d.total();
            Distribution.Slice middle = d.slice(from, to);
            double low = d.percentile(Math.max(from, 0.000001));
            double high = d.percentile(to);
            double lowWeight = from / 100.0 * total;
            double highWeight = (100.0 - to) / 100.0 * total;
            return (middle.sum() + low * lowWeight + high * highWeight) / total;
        }
    }
}
