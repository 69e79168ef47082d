package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.code.CodeBlobStore;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the exact zip a layer version was published with; this is where a layer version's
 * {@code Content.Location} points. Layers are regional: the URL names the region, and a URL without one finds the
 * layer in any region of the account.
 */
@Path("/_fakecloud/lambda/layer-content")
public class LayerContentResource {

    private final LayerStore store;
    private final CodeBlobStore blobs;

    public LayerContentResource(LayerStore store, CodeBlobStore blobs) {
        this.store = store;
        this.blobs = blobs;
    }

    public static String path(LayerVersion v) {
        return "/_fakecloud/lambda/layer-content/" + v.scope().accountId() + "/" + v.layerName() + "/" + v.version()
                + ".zip?region=" + URLEncoder.encode(v.scope().region(), StandardCharsets.UTF_8);
    }

    @GET
    @Blocking
    @Path("{account}/{layer}/{version}.zip")
    public Response content(@PathParam("account") String account, @PathParam("layer") String layer,
            @PathParam("version") String version, @QueryParam("region") String region) {
        long number;
        try {
            number = Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw notFound(account, layer, version);
        }
        Optional<LayerVersion> found = region == null || region.isEmpty()
                ? store.findInAnyRegion(account, layer, number)
                : store.find(new Scope(account, region), layer, number);
        return found.map(v -> Response.ok(blobs.read(v.code()), "application/zip").build())
                .orElseThrow(() -> notFound(account, layer, version));
    }

    private static ResourceNotFoundException notFound(String account, String layer, String version) {
        return new ResourceNotFoundException("No layer content for " + account + "/" + layer + "/" + version);
    }
}
