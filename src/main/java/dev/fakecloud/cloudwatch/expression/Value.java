package dev.fakecloud.cloudwatch.expression;

import java.util.List;

/** What a metric math expression evaluates to: a number, a time series, an array of time series, or a string. */
public sealed interface Value {

    record Scalar(double value) implements Value {
    }

    /**
     * A time series: values at increasing timestamps (epoch milliseconds), with the label it is shown under and the
     * period (seconds) of its data points.
     */
    record Series(String label, long[] timestamps, double[] values, int period) implements Value {

        public int size() {
            return timestamps.length;
        }

        public Series withLabel(String newLabel) {
            return new Series(newLabel, timestamps, values, period);
        }
    }

    record SeriesArray(List<Series> series) implements Value {
    }

    record Text(String value) implements Value {
    }
}
