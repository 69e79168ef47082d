package dev.fakecloud.cloudwatch.series;

import java.time.Duration;

/**
 * CloudWatch's retention of metric data: high-resolution (1 second) data for 3 hours, then as 1-minute data for 15
 * days, 5-minute data for 63 days and 1-hour data for 455 days (15 months); older data is gone. The same ages decide
 * which periods a query may use for old data, and how its start time is rounded.
 */
public final class Retention {

    public static final long HIGH_RESOLUTION_MS = Duration.ofHours(3).toMillis();
    public static final long MINUTE_MS = Duration.ofDays(15).toMillis();
    public static final long FIVE_MINUTES_MS = Duration.ofDays(63).toMillis();
    public static final long HOUR_MS = Duration.ofDays(455).toMillis();

    private Retention() {
    }

    /** The resolution (seconds) data of this age is kept at, never finer than it was stored; 0 once it expired. */
    public static int resolutionAt(long ageMs, int stored) {
        int required;
        if (ageMs >= HOUR_MS) {
            return 0;
        } else if (ageMs >= FIVE_MINUTES_MS) {
            required = 3600;
        } else if (ageMs >= MINUTE_MS) {
            required = 300;
        } else if (ageMs >= HIGH_RESOLUTION_MS) {
            required = 60;
        } else {
            required = 1;
        }
        return Math.max(required, stored);
    }

    /**
     * Whether a query whose start lies {@code startAgeMs} in the past may use {@code periodSeconds}: data older than 3
     * hours needs multiples of 60, older than 15 days multiples of 300, older than 63 days multiples of 3600 (AWS
     * returns no data points otherwise).
     */
    public static boolean periodAllowed(long startAgeMs, int periodSeconds) {
        int granularity = resolutionAt(Math.min(startAgeMs, HOUR_MS - 1), 1);
        return periodSeconds % granularity == 0;
    }

    /**
     * A query's start time as CloudWatch rounds it: down to the period for periods under a minute, else to the whole
     * minute, to 5 minutes for starts 15 to 63 days ago and to the hour for older ones.
     */
    public static long roundStart(long startMs, int periodSeconds, long nowMs) {
        long age = nowMs - startMs;
        long unit;
        if (periodSeconds < 60) {
            unit = periodSeconds * 1000L;
        } else if (age >= FIVE_MINUTES_MS) {
            unit = 3_600_000L;
        } else if (age >= MINUTE_MS) {
            unit = 300_000L;
        } else {
            unit = 60_000L;
        }
        return Math.floorDiv(startMs, unit) * unit;
    }

    /** The start of the interval of {@code seconds} that {@code timestampMs} falls in. */
    public static long intervalStart(long timestampMs, int seconds) {
        long unit = seconds * 1000L;
        return Math.floorDiv(timestampMs, unit) * unit;
    }
}
