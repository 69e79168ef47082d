package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of the S3 operation table: the HTTP method, whether it addresses the service, a bucket or an object, the
 * sub-resource (query parameter) that selects it, an extra condition (a header such as {@code x-amz-copy-source}),
 * and the handler.
 */
record S3Operation(String name, String method, Level level, String subresource, Predicate<S3Call> when,
        Function<S3Call, Uni<StreamedResponse>> handler) {

    /** What a request addresses. */
    enum Level { SERVICE, BUCKET, OBJECT }

    boolean matches(S3Call call, Level requested) {
        return method.equals(call.method()) && level == requested
                && (subresource == null || call.has(subresource)) && (when == null || when.test(call));
    }
}
