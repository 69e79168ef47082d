package dev.fakecloud.gateway;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A service whose requests and replies are streamed rather than held in memory (S3: objects of gigabytes). The
 * gateway hands it the request's body as the HTTP layer receives it, paused, with no size limit, and writes its reply
 * from memory or straight from a file. Failures are {@link dev.fakecloud.core.AwsException}s, rendered by the gateway
 * as for every other service.
 */
public interface StreamingServiceHandler extends AwsServiceHandler {

    /**
     * Serves a request whose {@link AwsRequest#body()} is empty: the body is {@code body}, which the service reads (or
     * not) at its own pace; the gateway drains whatever it leaves unread before it answers.
     */
    Uni<StreamedResponse> handle(AwsRequest request, ReadStream<Buffer> body);

    /** Requests with bodies in memory do not reach a streaming service; the gateway streams all of them. */
    @Override
    default Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().failure(new IllegalStateException(signingName() + " serves streamed requests only"));
    }
}
