package dev.fakecloud.lambda.runtime;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The Lambda Runtime API of one execution environment, on a small Vert.x server of its own. {@code /next} is a
 * long poll that is parked (no thread waits) until the environment hands it an event; responses and errors are
 * passed to the {@link Listener} as they arrive. TCP_NODELAY is on: without it every warm invoke pays tens of
 * milliseconds of Nagle and delayed-ACK.
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

    private final HttpServer server;

    private RuntimeApiServer(HttpServer server) {
        this.server = server;
    }

    static Uni<RuntimeApiServer> start(Vertx vertx, String bindHost, Listener listener) {
        HttpServerOptions options = new HttpServerOptions().setHost(bindHost).setPort(0).setTcpNoDelay(true)
                .setMaxInitialLineLength(8192).setCompressionSupported(false);
        HttpServer server = vertx.createHttpServer(options);
        server.requestHandler(request -> route(request, listener));
        return Uni.createFrom().completionStage(() -> server.listen().toCompletionStage())
                .map(RuntimeApiServer::new);
    }

    int port() {
        return server.actualPort();
    }

    void close() {
        server.close();
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
            });
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
                    });
                    return;
                }
            }
        }
        request.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                .end("{\"errorMessage\":\"Unknown Runtime API path\",\"errorType\":\"InvalidRequest\"}");
    }

    private static void accepted(HttpServerRequest request) {
        request.response().setStatusCode(202).putHeader("Content-Type", "application/json").end("{\"status\":\"OK\"}");
    }
}
