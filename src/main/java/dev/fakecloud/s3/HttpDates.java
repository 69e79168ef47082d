package dev.fakecloud.s3;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** HTTP dates ({@code Last-Modified}, {@code If-Modified-Since}) as S3 writes and reads them. */
final class HttpDates {

    private HttpDates() {
    }

    private static final DateTimeFormatter HTTP = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US).withZone(ZoneOffset.UTC);

    static String format(Instant instant) {
        return HTTP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The date, or null when it cannot be read (S3 then ignores the header). */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
