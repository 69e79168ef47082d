package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.Locale;

/**
 * One S3 request: the request as the gateway attributed it, the bucket and key it addresses (path-style or
 * virtual-hosted; null when it names none), and its body, still unread.
 */
public record S3Call(AwsRequest request, String bucket, String key, ReadStream<Buffer> body) {

    public String header(String name) {
        return request.header(name);
    }

    /** A query parameter's value ({@code ""} when given without one), or null. */
    public String query(String name) {
        return request.queryParam(name);
    }

    public boolean has(String queryName) {
        return request.query().containsKey(queryName);
    }

    public String method() {
        return request.method();
    }

    public String region() {
        return request.region();
    }

    public String accountId() {
        return request.accountId();
    }

    public String requestId() {
        return request.requestId();
    }

    /** Whether the body is framed with {@code aws-chunked} (SigV4 streaming, trailing checksums). */
    public boolean chunked() {
        String encoding = header("content-encoding");
        String sha = header("x-amz-content-sha256");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked")
                || sha != null && sha.startsWith("STREAMING-");
    }

    /** The caller's address as S3 reports it in events. */
    public String sourceIp() {
        String forwarded = header("x-forwarded-for");
        return forwarded != null ? forwarded.split(",")[0].trim() : "127.0.0.1";
    }
}
