package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.series.Retention;

/** The period rules shared by GetMetricStatistics, GetMetricData and alarms. */
final class Periods {

    private Periods() {
    }

    /** High-resolution periods are 1, 5, 10 or 30 seconds; others are multiples of 60. */
    static boolean valid(int seconds) {
        return seconds == 1 || seconds == 5 || seconds == 10 || seconds == 30 || (seconds > 0 && seconds % 60 == 0);
    }

    /** Checks a query's range and period; returns the start time as CloudWatch rounds it. */
    static long alignedStart(long start, long end, int period, long now) {
        if (start >= end) {
            throw CloudWatchErrors.invalidParameterValue("The parameter StartTime must be less than the parameter "
                    + "EndTime.");
        }
        return Retention.roundStart(start, period, now);
    }
}
