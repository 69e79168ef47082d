package dev.fakecloud.gateway;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Reads a paused request body into memory, for requests served on the HTTP layer whose bodies are small (those of
 * streamed replies). A body over the limit is read to its end and dropped, so that the connection stays usable, and
 * answered with {@link RequestRefusedException#tooLarge}.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static Uni<byte[]> read(ReadStream<Buffer> body, long limit) {
        return Uni.createFrom().emitter(emitter -> {
            Buffer all = Buffer.buffer();
            boolean[] tooLarge = {false};
            body.handler(chunk -> {
                if (tooLarge[0] || (long) all.length() + chunk.length() > limit) {
                    tooLarge[0] = true;
                } else {
                    all.appendBuffer(chunk);
                }
            });
            body.exceptionHandler(emitter::fail);
            body.endHandler(ended -> {
                if (tooLarge[0]) {
                    emitter.fail(RequestRefusedException.tooLarge(limit));
                } else {
                    emitter.complete(all.getBytes());
                }
            });
            body.resume();
        });
    }
}
