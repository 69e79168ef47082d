package dev.fakecloud.gateway;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.Flow;
import org.jboss.logging.Logger;

/**
 * Writes a reply body that is a stream of chunks (an event stream) as the chunks come: each is written at once, the
 * next is asked for only once the connection can take it (HTTP/2 flow control, a slow reader), the response ends
 * when the stream completes and is reset when it fails. When the client goes away (connection closed, HTTP/2
 * stream reset) the stream is cancelled, so that whoever produces it lets go of what it holds. Runs on the
 * request's context (chunks emitted on other threads are handed over to it) and asks for one chunk at a time, so
 * that nothing piles up between the producer and a slow client.
 */
final class ChunkedBody implements MultiSubscriber<Buffer> {

    private static final Logger LOG = Logger.getLogger(ChunkedBody.class);

    private final HttpServerResponse response;
    private final Context context;
    private Flow.Subscription subscription;
    private boolean done;

    private ChunkedBody(HttpServerResponse response, Context context) {
        this.response = response;
        this.context = context;
    }

    /** Starts writing {@code chunks} to {@code response}, whose status and headers are set; on {@code context}. */
    static void write(HttpServerResponse response, Multi<Buffer> chunks, Context context) {
        ChunkedBody body = new ChunkedBody(response, context);
        response.setChunked(true);
        response.closeHandler(closed -> body.clientGone());
        response.exceptionHandler(failure -> body.clientGone());
        chunks.subscribe().withSubscriber(body);
    }

    /** Runs {@code task} on the request's context: at once when already there, else after what is queued. */
    private void onContext(Runnable task) {
        if (Vertx.currentContext() == context) {
            task.run();
        } else {
            context.runOnContext(v -> task.run());
        }
    }

    /** The client went away before the reply began: the stream is cancelled at once, releasing what it holds. */
    static void abandon(Multi<Buffer> chunks) {
        chunks.subscribe().with(ignored -> {
        }, ignored -> {
        }).cancel();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        onContext(() -> {
            subscription = s;
            if (done || response.closed()) {
                done = true;
                s.cancel();
            } else {
                s.request(1);
            }
        });
    }

    /** One chunk at a time: the next is asked for once this one is written, or once the connection drained. */
    @Override
    public void onItem(Buffer chunk) {
        onContext(() -> {
            if (done) {
                return;
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                response.drainHandler(drained -> {
                    if (!done) {
                        subscription.request(1);
                    }
                });
            } else {
                subscription.request(1);
            }
        });
    }

    @Override
    public void onFailure(Throwable failure) {
        onContext(() -> {
            if (!done) {
                done = true;
                LOG.warnf("A streamed reply stopped: %s", failure.toString());
                response.reset();
            }
        });
    }

    @Override
    public void onCompletion() {
        onContext(() -> {
            if (!done) {
                done = true;
                response.end();
            }
        });
    }

    private void clientGone() {
        if (!done) {
            done = true;
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
