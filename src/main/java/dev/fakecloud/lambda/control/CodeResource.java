package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Serves the exact zip a function version was deployed with; this is where {@code GetFunction}'s
 * {@code Code.Location} points. Anything else it is asked for is a {@code ResourceNotFoundException}.
 */
@Path("/_fakecloud/lambda/code")
public class CodeResource {

    private final FunctionStore store;

    public CodeResource(FunctionStore store) {
        this.store = store;
    }

    public static String path(Scope scope, String functionName, String version) {
        return "/_fakecloud/lambda/code/" + scope.accountId() + "/" + scope.region() + "/" + functionName + "/"
                + version.replace("$", "%24") + ".zip";
    }

    @GET
    @Path("{account}/{region}/{function}/{version}.zip")
    public Response code(@PathParam("account") String account, @PathParam("region") String region,
            @PathParam("function") String function, @PathParam("version") String version) {
        return store.find(new Scope(account, region), function)
                .map(fn -> {
                    synchronized (fn) {
                        if (FunctionRef.LATEST.equals(version)) {
                            return fn.latest();
                        }
                        Long number = FunctionService.parseVersion(version);
                        return number == null ? null : fn.versions().get(number);
                    }
                })
                .filter(v -> v != null && v.code().zip() != null)
                .map(v -> Response.ok(v.code().zip(), "application/zip").build())
                .orElseThrow(() -> new ResourceNotFoundException("No deployment package for " + account + "/" + region
                        + "/" + function + "/" + version));
    }
}
