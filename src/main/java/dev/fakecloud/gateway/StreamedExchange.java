package dev.fakecloud.gateway;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;

/**
 * One request served straight on the HTTP layer's request (the REST layer never sees it): a request of a
 * {@link StreamingServiceHandler}, whose service reads the paused body as it likes, or one whose reply streams. The
 * reply is written from memory, sent from a file or written chunk by chunk as it is produced ({@link ChunkedBody}).
 * Whatever body the service left unread is drained before the answer, so that the connection stays usable; a
 * {@code HEAD} reply carries its headers only. {@code Expect: 100-continue} is answered at once.
 */
final class StreamedExchange {

    private static final Logger LOG = Logger.getLogger(StreamedExchange.class);

    private StreamedExchange() {
    }

    static void serve(HttpServerRequest request, Gateway.StreamedCall call) {
        request.pause();
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            // SDKs ask before sending a part or an object; without the interim answer they wait (Apache) or fail
            request.response().writeContinue();
        }
        Context context = Vertx.currentContext();
        call.run(request).subscribe().with(
                reply -> onContext(context, () -> answerWhenRead(request, reply)),
                failure -> onContext(context, () -> {
                    LOG.errorf(failure, "Cannot answer %s %s", request.method(), request.path());
                    request.connection().close();
                }));
    }

    private static void onContext(Context context, Runnable task) {
        if (context == null || Vertx.currentContext() == context) {
            task.run();
        } else {
            context.runOnContext(v -> task.run());
        }
    }

    private static void answerWhenRead(HttpServerRequest request, StreamedResponse reply) {
        if (request.isEnded()) {
            write(request, reply);
            return;
        }
        request.handler(ignored -> {
        });
        request.exceptionHandler(ignored -> {
            // the client went away while sending: there is no one left to answer
        });
        request.endHandler(ignored -> write(request, reply));
        request.resume();
    }

    private static void write(HttpServerRequest request, StreamedResponse reply) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            if (reply.chunks() != null) {
                ChunkedBody.abandon(reply.chunks());
            }
            return;
        }
        AwsResponse head = reply.head();
        response.setStatusCode(head.status());
        head.headers().forEach(response::putHeader);
        if (head.contentType() != null) {
            response.putHeader("Content-Type", head.contentType());
        }
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else if (reply.chunks() != null) {
            ChunkedBody.write(response, reply.chunks(), Vertx.currentContext());
        } else if (reply.file() != null) {
            StreamedResponse.FileRegion file = reply.file();
            response.sendFile(file.path().toString(), file.offset(), file.length()).onFailure(e -> {
                LOG.warnf("Sending %s stopped: %s", file.path(), e.getMessage());
                request.connection().close();
            });
        } else {
            response.end(Buffer.buffer(head.body()));
        }
    }
}
