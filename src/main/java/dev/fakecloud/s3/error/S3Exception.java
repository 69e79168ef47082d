package dev.fakecloud.s3.error;

import dev.fakecloud.core.AwsException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3 error: code, message, HTTP status and the elements S3 adds beside them in its {@code <Error>} document
 * ({@code BucketName}, {@code Key}, {@code UploadId}, ...), in the order S3 writes them.
 */
public final class S3Exception extends AwsException {

    private final Map<String, String> details;
    private final Map<String, String> headers;

    S3Exception(String code, String message, int status, Map<String, String> details, Map<String, String> headers) {
        super(code, message, status, status < 500, MessageKey.UPPER, false);
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        this.headers = Map.copyOf(headers);
    }

    @Override
    public Map<String, String> extraMembers() {
        return details;
    }

    /** Headers S3 sends with this error (e.g. {@code x-amz-delete-marker} with a delete marker's NoSuchKey). */
    public Map<String, String> headers() {
        return headers;
    }

    /** The same error with a header added. */
    public S3Exception withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new S3Exception(code(), getMessage(), status(), details, more);
    }
}
