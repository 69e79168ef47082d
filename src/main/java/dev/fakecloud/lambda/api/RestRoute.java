package dev.fakecloud.lambda.api;

/**
 * One operation of the Lambda API: its name, HTTP binding, success status and the code that answers it.
 *
 * @param worker true for operations that do CPU-heavy work (zip hashing and inspection), which must not run on
 *     the event loop
 */
public record RestRoute(String operation, String method, UriTemplate template, int successStatus, Handler handler,
        boolean worker) {

    /**
     * Answers one call. May return a model record (written as JSON with the route's success status), {@code null}
     * (an empty body), a ready {@link dev.fakecloud.gateway.AwsResponse}, or a {@link io.smallrye.mutiny.Uni} of
     * either.
     */
    @FunctionalInterface
    public interface Handler {
        Object handle(LambdaCall call);
    }

    public static RestRoute of(String operation, String method, String uri, int status, Handler handler) {
        return new RestRoute(operation, method, new UriTemplate(uri), status, handler, false);
    }

    public RestRoute onWorker() {
        return new RestRoute(operation, method, template, successStatus, handler, true);
    }
}
