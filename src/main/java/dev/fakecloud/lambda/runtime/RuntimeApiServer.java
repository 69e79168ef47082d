package dev.fakecloud.lambda.runtime;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.ContextInternal;
import org.jboss.logging.Logger;

/**
 * The Lambda Runtime API of one execution environment, on a small Vert.x server of its own. {@code /next} is a
 * long poll that is parked (no thread waits) until the environment hands it an event; responses and errors are
 * passed to the {@link Listener} as they arrive, on the context the server was started on. TCP_NODELAY is on:
 * without it every warm invoke pays tens of milliseconds of Nagle and delayed-ACK.
 */
final class RuntimeApiServer {

    static final String PREFIX = "/2018-06-01/runtime/";
    private static final String INVOCATION = PREFIX + "invocation/";

    /** What the runtime inside the container tells the environment. */
    interface Listener {
        /** The runtime asks for its next event; answer {@code request} when there is one. */
        void next(HttpServerRequest request);

        void response(String requestId, Buffer body);

        void error(String requestId, String errorType, Buffer body);

        void initError(String errorType, Buffer body);
    }

    private static final Logger LOG = Logger.getLogger(RuntimeApiServer.class);

    private final HttpServer server;

    private RuntimeApiServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts the server on {@code context}: it listens from there, so the runtime's requests are handled on that
     * context (the environment's own).
     */
    static Uni<RuntimeApiServer> start(ContextInternal context, String bindHost, Listener listener) {
        HttpServerOptions options = new HttpServerOptions().setHost(bindHost).setPort(0).setTcpNoDelay(true)
                .setMaxInitialLineLength(8192).setCompressionSupported(false);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(v -> {
            HttpServer server = context.owner().createHttpServer(options);
            server.requestHandler(request -> route(request, listener));
            server.listen().onComplete(listening -> {
                if (listening.succeeded()) {
                    emitter.complete(new RuntimeApiServer(server));
                } else {
                    emitter.fail(listening.cause());
                }
            });
        }));
    }

    int port() {
        return server.actualPort();
    }

    void close() {
        server.close().onFailure(e -> LOG.debugf("Closing a Runtime API server: %s", e.getMessage()));
    }

    private static void route(HttpServerRequest request, Listener listener) {
        String path = request.path();
        if (request.method() == HttpMethod.GET && path.equals(INVOCATION + "next")) {
            listener.next(request);
            return;
        }
        if (request.method() != HttpMethod.POST) {
            request.response().setStatusCode(405).end();
            return;
        }
        String errorType = request.getHeader("Lambda-Runtime-Function-Error-Type");
        if (path.equals(PREFIX + "init/error")) {
            request.body().onSuccess(body -> {
                accepted(request);
                listener.initError(errorType, body);
            }).onFailure(e -> unread(request, e));
            return;
        }
        if (path.startsWith(INVOCATION)) {
            String rest = path.substring(INVOCATION.length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                String requestId = rest.substring(0, slash);
                String action = rest.substring(slash + 1);
                if (action.equals("response") || action.equals("error")) {
                    request.body().onSuccess(body -> {
                        accepted(request);
                        if (action.equals("response")) {
                            listener.response(requestId, body);
                        } else {
                            listener.error(requestId, errorType, body);
                        }
                    }).onFailure(e -> unread(request, e));
                    return;
                }
            }
        }
        request.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                .end("{\"errorMessage\":\"Unknown Runtime API path\",\"errorType\":\"InvalidRequest\"}");
    }

    /** The runtime's connection broke before its report arrived whole; the invocation ends by timeout or exit. */
    private static void unread(HttpServerRequest request, Throwable e) {
        LOG.debugf("Could not read the runtime's %s: %s", request.path(), e.getMessage());
    }

    private static void accepted(HttpServerRequest request) {
        request.response().setStatusCode(202).putHeader("Content-Type", "application/json").end("{\"status\":\"OK\"}");
    }
}
