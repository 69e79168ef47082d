package dev.fakecloud.gateway;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every AWS API request on the shared port arrives here (fakecloud's own {@code /_fakecloud} paths have their own
 * resources) and is handed to the {@link Gateway}, on the event loop.
 */
@Path("/")
public class GatewayResource {

    private final Gateway gateway;

    public GatewayResource(Gateway gateway) {
        this.gateway = gateway;
    }

    @GET
    @Path("{path: .*}")
    public Uni<Response> get(@Context HttpServerRequest req, @Context HttpHeaders headers) {
        return serve(req, headers, new byte[0]);
    }

    @HEAD
    @Path("{path: .*}")
    public Uni<Response> head(@Context HttpServerRequest req, @Context HttpHeaders headers) {
        return serve(req, headers, new byte[0]);
    }

    @DELETE
    @Path("{path: .*}")
    public Uni<Response> delete(@Context HttpServerRequest req, @Context HttpHeaders headers, byte[] body) {
        return serve(req, headers, body);
    }

    @POST
    @Path("{path: .*}")
    public Uni<Response> post(@Context HttpServerRequest req, @Context HttpHeaders headers, byte[] body) {
        return serve(req, headers, body);
    }

    @PUT
    @Path("{path: .*}")
    public Uni<Response> put(@Context HttpServerRequest req, @Context HttpHeaders headers, byte[] body) {
        return serve(req, headers, body);
    }

    @PATCH
    @Path("{path: .*}")
    public Uni<Response> patch(@Context HttpServerRequest req, @Context HttpHeaders headers, byte[] body) {
        return serve(req, headers, body);
    }

    private Uni<Response> serve(HttpServerRequest req, HttpHeaders headers, byte[] body) {
        Map<String, List<String>> lowerCased = new HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> lowerCased.put(k.toLowerCase(Locale.ROOT), v));
        return gateway.dispatch(req.method().name(), req.path(), req.query(), lowerCased,
                body == null ? new byte[0] : body, req.host())
                .map(GatewayResource::toResponse);
    }

    static Response toResponse(AwsResponse r) {
        Response.ResponseBuilder b = Response.status(r.status());
        r.headers().forEach(b::header);
        if (r.body() != null && r.body().length > 0) {
            b.entity(r.body());
        }
        if (r.contentType() != null) {
            b.type(r.contentType());
        }
        return b.build();
    }
}
