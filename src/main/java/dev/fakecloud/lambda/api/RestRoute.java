package dev.fakecloud.lambda.api;

import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.Reply;
import io.smallrye.mutiny.Uni;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One operation of the Lambda API: its name, HTTP binding, success status and the code that answers it. Routes are
 * built by the factories, which say what the operation answers: a model shape at once ({@link #model}) or later
 * ({@link #modelLater}), written as JSON with the success status; nothing ({@link #empty}), the success status with
 * an empty body; or a response the operation builds itself ({@link #raw}).
 *
 * @param handler answers one call; its failures are failed {@code Uni}s, which the gateway renders as AWS errors
 * @param worker true for operations that do CPU-heavy work (zip hashing and inspection), which must not run on
 *     the event loop
 */
public record RestRoute(String operation, String method, UriTemplate template, int successStatus,
        Function<LambdaCall, Uni<Reply>> handler, boolean worker) {

    /** An operation that answers a model shape, written as JSON with {@code status}. */
    public static <T extends Record> RestRoute model(String operation, String method, String uri, int status,
            Function<LambdaCall, T> handler) {
        return of(operation, method, uri, status,
                call -> Uni.createFrom().item(() -> Reply.model(handler.apply(call))));
    }

    /** An operation that answers a model shape later, written as JSON with {@code status}. */
    public static <T extends Record> RestRoute modelLater(String operation, String method, String uri, int status,
            Function<LambdaCall, Uni<T>> handler) {
        return of(operation, method, uri, status, call -> Uni.createFrom().deferred(() -> handler.apply(call))
                .map(Reply::model));
    }

    /** An operation that answers {@code status} with an empty body once the handler has returned. */
    public static RestRoute empty(String operation, String method, String uri, int status,
            Consumer<LambdaCall> handler) {
        return of(operation, method, uri, status, call -> Uni.createFrom().item(() -> {
            handler.accept(call);
            return Reply.empty();
        }));
    }

    /**
     * An operation that builds its response itself (status, headers, body); {@code status} is the one it answers
     * when it succeeds, as documented.
     */
    public static RestRoute raw(String operation, String method, String uri, int status,
            Function<LambdaCall, Uni<AwsResponse>> handler) {
        return of(operation, method, uri, status, call -> Uni.createFrom().deferred(() -> handler.apply(call))
                .map(Reply::raw));
    }

    private static RestRoute of(String operation, String method, String uri, int status,
            Function<LambdaCall, Uni<Reply>> handler) {
        return new RestRoute(operation, method, new UriTemplate(uri), status, handler, false);
    }

    /** The same operation, answered on a worker thread. */
    public RestRoute onWorker() {
        return new RestRoute(operation, method, template, successStatus, handler, true);
    }

    /**
     * Answers one call. Failures are values: a handler that throws gives a failed {@code Uni}, never an exception
     * out of this method.
     */
    public Uni<Reply> answer(LambdaCall call) {
        return Uni.createFrom().deferred(() -> handler.apply(call));
    }
}
