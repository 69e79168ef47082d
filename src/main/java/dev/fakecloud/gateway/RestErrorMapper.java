package dev.fakecloud.gateway;

import dev.fakecloud.core.AwsException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures outside the {@link Gateway}'s own dispatch: errors of fakecloud's {@code /_fakecloud} endpoints, and
 * what the REST layer refuses by itself (no endpoint for a path or method, a body past the size limit). They are
 * answered like AWS errors, in the caller's protocol and with a request id, by the gateway.
 */
public class RestErrorMapper {

    private final Gateway gateway;

    public RestErrorMapper(Gateway gateway) {
        this.gateway = gateway;
    }

    @ServerExceptionMapper
    public Response aws(AwsException e, HttpServerRequest request) {
        return answer(request, e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String what = request.method().name() + " " + request.path();
        AwsException error = switch (status) {
            case 404 -> new UnknownOperationException("No fakecloud endpoint answers " + what, 404);
            case 405 -> new UnknownOperationException("No fakecloud endpoint answers " + what, 405);
            default -> RequestRefusedException.of(status, "The request " + what + " was refused: " + e.getMessage());
        };
        return answer(request, error);
    }

    private Response answer(HttpServerRequest request, AwsException error) {
        return GatewayResource.toResponse(gateway.reject(request, error));
    }
}
