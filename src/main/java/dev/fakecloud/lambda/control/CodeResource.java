package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.code.CodeBlobStore;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Serves the exact zip a function version was deployed with; this is where {@code GetFunction}'s
 * {@code Code.Location} points (read on a worker thread). Anything else it is asked for is a
 * {@code ResourceNotFoundException}.
 */
@Path("/_fakecloud/lambda/code")
public class CodeResource {

    private final FunctionStore store;
    private final CodeBlobStore blobs;

    public CodeResource(FunctionStore store, CodeBlobStore blobs) {
        this.store = store;
        this.blobs = blobs;
    }

    public static String path(Scope scope, String functionName, String version) {
        return "/_fakecloud/lambda/code/" + scope.accountId() + "/" + scope.region() + "/" + functionName + "/"
                + version.replace("$", "%24") + ".zip";
    }

    @GET
    @Blocking
    @Path("{account}/{region}/{function}/{version}.zip")
    public Response code(@PathParam("account") String account, @PathParam("region") String region,
            @PathParam("function") String function, @PathParam("version") String version) {
        return store.find(new Scope(account, region), function)
                .flatMap(fn -> fn.version(version))
                .filter(v -> !v.code().isImage())
                .map(v -> Response.ok(blobs.read(v.code()), "application/zip").build())
                .orElseThrow(() -> new ResourceNotFoundException("No deployment package for " + account + "/" + region
                        + "/" + function + "/" + version));
    }
}
