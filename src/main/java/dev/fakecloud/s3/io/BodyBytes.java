package dev.fakecloud.s3.io;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Reads the body of a request whose body is a small document (a configuration, a part list) into memory, decoding
 * {@code aws-chunked} framing, within a size limit.
 */
public final class BodyBytes {

    /** The body is larger than the limit. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("body too large", null, false, false);
        }
    }

    private BodyBytes() {
    }

    public static Uni<byte[]> read(ReadStream<Buffer> body, boolean chunked, int limit) {
        Promise<byte[]> result = Promise.promise();
        Buffer all = Buffer.buffer();
        boolean[] failed = {false};
        ChunkedDecoder decoder = chunked ? new ChunkedDecoder(all::appendBuffer) : null;
        body.exceptionHandler(e -> {
            failed[0] = true;
            result.tryFail(e);
        });
        body.handler(buffer -> {
            if (failed[0]) {
                return;
            }
            try {
                if (decoder != null) {
                    decoder.feed(buffer);
                } else {
                    all.appendBuffer(buffer);
                }
                if (all.length() > limit) {
                    throw new TooLargeException();
                }
            } catch (RuntimeException e) {
                failed[0] = true;
                result.tryFail(e);
            }
        });
        body.endHandler(v -> {
            if (!failed[0]) {
                try {
                    if (decoder != null) {
                        decoder.finish();
                    }
                    result.tryComplete(all.getBytes());
                } catch (RuntimeException e) {
                    result.tryFail(e);
                }
            }
        });
        body.resume();
        return Uni.createFrom().completionStage(result.future().toCompletionStage());
    }
}
