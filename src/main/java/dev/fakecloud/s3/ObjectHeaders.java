package dev.fakecloud.s3;

import dev.fakecloud.s3.io.ChecksumAlgorithm;
import dev.fakecloud.s3.model.ContentHeaders;
import dev.fakecloud.s3.model.ObjectVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An object's headers: read from a write request, and written on GET and HEAD replies as S3 sends them. */
final class ObjectHeaders {

    private static final String META = "x-amz-meta-";
    static final String DEFAULT_TYPE = "binary/octet-stream";

    private ObjectHeaders() {
    }

    static ContentHeaders content(S3Call call) {
        String encoding = call.header("content-encoding");
        if (encoding != null) {
            String kept = String.join(",", java.util.Arrays.stream(encoding.split(",")).map(String::trim)
                    .filter(e -> !e.equalsIgnoreCase("aws-chunked") && !e.isEmpty()).toList());
            encoding = kept.isEmpty() ? null : kept;
        }
        return new ContentHeaders(call.header("content-type"), encoding, call.header("content-disposition"),
                call.header("content-language"), call.header("cache-control"), call.header("expires"));
    }

    /** User metadata: {@code x-amz-meta-*} headers, by the name after the prefix (lower case, as S3 keeps them). */
    static Map<String, String> metadata(S3Call call) {
        Map<String, String> meta = new LinkedHashMap<>();
        call.request().headers().forEach((name, values) -> {
            if (name.startsWith(META) && !values.isEmpty()) {
                meta.put(name.substring(META.length()).toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        return meta;
    }

    /** The headers of a GET or HEAD reply for {@code v}, with the {@code response-*} overrides of the request. */
    static Reply describe(Reply reply, S3Call call, ObjectVersion v, boolean versioned) {
        ContentHeaders c = v.content();
        reply.header("Last-Modified", HttpDates.format(v.lastModified()))
                .header("ETag", v.quotedEtag())
                .header("Accept-Ranges", "bytes")
                .header("x-amz-server-side-encryption", "AES256")
                .header("Content-Type", override(call, "response-content-type",
                        c.contentType() == null ? DEFAULT_TYPE : c.contentType()))
                .header("Content-Encoding", override(call, "response-content-encoding", c.contentEncoding()))
                .header("Content-Disposition", override(call, "response-content-disposition",
                        c.contentDisposition()))
                .header("Content-Language", override(call, "response-content-language", c.contentLanguage()))
                .header("Cache-Control", override(call, "response-cache-control", c.cacheControl()))
                .header("Expires", override(call, "response-expires", c.expires()));
        if (versioned) {
            reply.header("x-amz-version-id", v.versionId());
        }
        if (v.storageClass() != null && !"STANDARD".equals(v.storageClass())) {
            reply.header("x-amz-storage-class", v.storageClass());
        }
        if (!v.tags().isEmpty()) {
            reply.header("x-amz-tagging-count", v.tags().size());
        }
        v.metadata().forEach((k, value) -> reply.header(META + k, value));
        if (v.checksum() != null && "ENABLED".equalsIgnoreCase(call.header("x-amz-checksum-mode"))) {
            ChecksumAlgorithm a = ChecksumAlgorithm.parse(v.checksum().algorithm());
            if (a != null) {
                reply.header(a.header(), v.checksum().value()).header("x-amz-checksum-type", v.checksum().type());
            }
        }
        return reply;
    }

    private static String override(S3Call call, String param, String stored) {
        String value = call.query(param);
        return value != null ? value : stored;
    }

    /** The algorithms whose checksum a write asks for (header, trailer or SDK hint), at most one. */
    static List<ChecksumAlgorithm> requestedChecksums(S3Call call) {
        ChecksumAlgorithm a = ChecksumAlgorithm.parse(call.header("x-amz-sdk-checksum-algorithm"));
        if (a == null) {
            a = ChecksumAlgorithm.parse(call.header("x-amz-checksum-algorithm"));
        }
        if (a == null) {
            String trailer = call.header("x-amz-trailer");
            if (trailer != null && trailer.toLowerCase(Locale.ROOT).startsWith("x-amz-checksum-")) {
                a = ChecksumAlgorithm.parse(trailer.substring("x-amz-checksum-".length()));
            }
        }
        if (a == null) {
            for (ChecksumAlgorithm candidate : ChecksumAlgorithm.values()) {
                if (call.header(candidate.header()) != null) {
                    a = candidate;
                }
            }
        }
        return a == null ? List.of() : List.of(a);
    }
}
