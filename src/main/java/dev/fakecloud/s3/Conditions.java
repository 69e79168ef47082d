package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.ObjectVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * S3's conditional requests: {@code If-Match}, {@code If-None-Match}, {@code If-Modified-Since},
 * {@code If-Unmodified-Since} on reads (and their {@code x-amz-copy-source-} forms on copies), with HTTP's rules of
 * precedence; and the conditional writes ({@code If-None-Match: *}, {@code If-Match}) of PUT and completion.
 */
final class Conditions {

    /** Thrown for a read whose {@code If-None-Match} or {@code If-Modified-Since} holds: a bodiless 304. */
    static final class NotModified extends RuntimeException {
        final ObjectVersion version;

        NotModified(ObjectVersion version) {
            super(null, null, false, false);
            this.version = version;
        }
    }

    private Conditions() {
    }

    static boolean etagMatches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || strip(c).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String strip(String etag) {
        String e = etag.trim();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }

    /** GET and HEAD: 412 or 304 as S3 answers them. */
    static void checkRead(S3Call call, ObjectVersion v) {
        String ifMatch = call.header("if-match");
        String ifNoneMatch = call.header("if-none-match");
        Instant modified = v.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (ifMatch != null && !etagMatches(ifMatch, v.etag())) {
            throw S3Errors.preconditionFailed("If-Match");
        }
        Instant unmodifiedSince = HttpDates.parse(call.header("if-unmodified-since"));
        if (ifMatch == null && unmodifiedSince != null && modified.isAfter(unmodifiedSince)) {
            throw S3Errors.preconditionFailed("If-Unmodified-Since");
        }
        if (ifNoneMatch != null && etagMatches(ifNoneMatch, v.etag())) {
            throw new NotModified(v);
        }
        Instant modifiedSince = HttpDates.parse(call.header("if-modified-since"));
        if (ifNoneMatch == null && modifiedSince != null && !modified.isAfter(modifiedSince)
                && !modifiedSince.isAfter(Instant.now())) {
            throw new NotModified(v);
        }
    }

    /** A copy's source conditions: every failure is a 412 naming the header. */
    static void checkCopySource(S3Call call, ObjectVersion v, String prefix) {
        String ifMatch = call.header(prefix + "if-match");
        String ifNoneMatch = call.header(prefix + "if-none-match");
        Instant modified = v.lastModified().truncatedTo(ChronoUnit.SECONDS);
        Instant unmodifiedSince = HttpDates.parse(call.header(prefix + "if-unmodified-since"));
        Instant modifiedSince = HttpDates.parse(call.header(prefix + "if-modified-since"));
        if (ifMatch != null && !etagMatches(ifMatch, v.etag())) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Match");
        }
        if (ifMatch == null && unmodifiedSince != null && modified.isAfter(unmodifiedSince)) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Unmodified-Since");
        }
        if (ifNoneMatch != null && etagMatches(ifNoneMatch, v.etag())) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-None-Match");
        }
        if (ifNoneMatch == null && modifiedSince != null && !modified.isAfter(modifiedSince)
                && !modifiedSince.isAfter(Instant.now())) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Modified-Since");
        }
    }

    /** A write's conditions against the current version (null when there is none), checked while the key is held. */
    static java.util.function.Consumer<ObjectVersion> write(S3Call call) {
        String ifNoneMatch = call.header("if-none-match");
        String ifMatch = call.header("if-match");
        if (ifNoneMatch == null && ifMatch == null) {
            return null;
        }
        if (ifNoneMatch != null && !ifNoneMatch.trim().equals("*")) {
            throw S3Errors.of("NotImplemented", "A header you provided implies functionality that is not "
                    + "implemented", 501, "Header", "If-None-Match");
        }
        String key = call.key();
        return current -> {
            boolean exists = current != null && !current.deleteMarker();
            if (ifNoneMatch != null && exists) {
                throw S3Errors.preconditionFailed("If-None-Match");
            }
            if (ifMatch != null) {
                if (!exists) {
                    throw S3Errors.noSuchKey(key);
                }
                if (!etagMatches(ifMatch, current.etag())) {
                    throw S3Errors.preconditionFailed("If-Match");
                }
            }
        };
    }
}
