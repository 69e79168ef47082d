package dev.fakecloud.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as EventBridge writes them: epoch seconds on the wire, ISO-8601 seconds in events. */
final class Times {

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static BigDecimal epoch(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }

    static Long millis(BigDecimal epochSeconds) {
        return epochSeconds == null ? null : epochSeconds.movePointRight(3).longValue();
    }

    /** An event's {@code time}: {@code 2024-05-01T12:00:00Z}. */
    static String eventTime(long millis) {
        return EVENT_TIME.format(Instant.ofEpochMilli(millis));
    }
}
