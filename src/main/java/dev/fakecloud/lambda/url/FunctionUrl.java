package dev.fakecloud.lambda.url;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.FunctionUrlShapes.Cors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A function URL: the dedicated HTTP endpoint of a function ($LATEST) or of one of its aliases. Immutable.
 *
 * @param qualifier the alias, or {@code null} for the function itself
 * @param urlId the 32 lowercase alphanumerics that name the endpoint's host
 * @param invokeMode {@code BUFFERED} or {@code RESPONSE_STREAM}; {@code null} until a caller sets it (BUFFERED
 *     applies)
 */
public record FunctionUrl(Scope scope, String functionName, String qualifier, String urlId, String authType, Cors cors,
        String invokeMode, Instant creationTime, Instant lastModifiedTime) {

    public static final String BUFFERED = "BUFFERED";

    /** {@code CreationTime} and {@code LastModifiedTime} are ISO-8601 strings with microseconds. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The invoke mode that applies. */
    public String effectiveInvokeMode() {
        return invokeMode == null ? BUFFERED : invokeMode;
    }

    String creationTimeText() {
        return TIME.format(creationTime);
    }

    String lastModifiedTimeText() {
        return TIME.format(lastModifiedTime);
    }
}
