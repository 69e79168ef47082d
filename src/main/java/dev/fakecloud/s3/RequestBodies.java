package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.io.BodyBytes;
import dev.fakecloud.s3.io.ChunkedDecoder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the small documents S3 requests carry (configurations, part and key lists) into memory, within a limit. */
@ApplicationScoped
public class RequestBodies {

    /** Larger documents than any S3 configuration or 1,000-key delete. */
    static final int LIMIT = 20 * 1024 * 1024;

    /** The body's bytes (empty when there is none). */
    public Uni<byte[]> optional(S3Call call) {
        return BodyBytes.read(call.body(), call.chunked(), LIMIT)
                .onFailure(BodyBytes.TooLargeException.class).transform(e -> S3Errors.maxMessageLengthExceeded())
                .onFailure(ChunkedDecoder.MalformedChunkException.class).transform(e -> S3Errors.incompleteBody());
    }
}
