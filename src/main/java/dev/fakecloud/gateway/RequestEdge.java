package dev.fakecloud.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first look at every request, before the HTTP layer routes it, for the two things that layer would otherwise
 * answer itself with a bare status and no AWS error: a request target with a stray {@code %} (which it cannot
 * route; it goes on with the {@code %} escaped, see {@link PercentEscapes}) and a body declared larger than the
 * server accepts (read and discarded, then answered with the caller's protocol's error and a request id, so that
 * the client, still sending, does not see its connection dropped). Requests of a {@link StreamingServiceHandler}
 * (S3) are served here and then, with their bodies streamed and no size limit (see {@link StreamedExchange}).
 *
 * <p>The HTTP layer's own check of request targets is switched off ({@code vertx.disableURIValidation}, see
 * {@link dev.fakecloud.FakecloudMain}) so that such requests reach this route at all.
 */
@ApplicationScoped
public class RequestEdge {

    /** Before the HTTP layer's body size check (order -2) and its routing of paths. */
    static final int ORDER = -10;
    private static final String OWN_ENDPOINTS = "/_fakecloud/";

    private final Gateway gateway;
    private final long maxBody;

    public RequestEdge(Gateway gateway,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.gateway = gateway;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Gateway.StreamedCall streamed;
        if (PercentEscapes.hasStray(request.uri())) {
            ctx.reroute(request.method(), PercentEscapes.escapeStray(request.uri()));
        } else if (!request.path().startsWith(OWN_ENDPOINTS) && (streamed = gateway.streamed(request)) != null) {
            StreamedExchange.serve(request, streamed);
        } else if (declaredLength(request) > maxBody) {
            refuseOversized(ctx);
        } else {
            ctx.next();
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("content-length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuseOversized(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        AwsResponse answer = gateway.reject(request, RequestRefusedException.tooLarge(maxBody));
        request.handler(ignored -> {
        });
        request.exceptionHandler(ignored -> {
            // the client went away while sending: there is no one left to answer
        });
        request.endHandler(ignored -> write(ctx.response(), answer));
        request.resume();
    }

    private static void write(HttpServerResponse response, AwsResponse answer) {
        response.setStatusCode(answer.status());
        answer.headers().forEach(response::putHeader);
        if (answer.contentType() != null) {
            response.putHeader("Content-Type", answer.contentType());
        }
        response.end(Buffer.buffer(answer.body()));
    }
}
