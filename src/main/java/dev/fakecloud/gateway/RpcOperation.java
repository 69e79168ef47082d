package dev.fakecloud.gateway;

import io.smallrye.mutiny.Uni;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * One row of the operation table of an RPC service (AWS JSON 1.0 or 1.1, Query): the operation's name, the request
 * record its input decodes into, and the handler, which answers the result later. Rows are built by the factories,
 * which say what the operation answers: a result shape at once ({@link #result}), a result shape later
 * ({@link #resultLater}, e.g. a long poll) or an empty result ({@link #empty}, whose item is a {@code null}
 * {@link Void}). The service's dispatcher decodes the request, {@linkplain #invoke invokes} the row and writes the
 * result in its protocol.
 *
 * @param <C> who is calling: the service's call context
 * @param <R> the request record
 * @param <S> the result: a record, or {@link Void} for an empty result
 */
public record RpcOperation<C, R, S>(String name, Class<R> requestType, BiFunction<C, R, Uni<S>> handler) {

    /** An operation that answers its result shape at once. */
    public static <C, R, S extends Record> RpcOperation<C, R, S> result(String name, Class<R> requestType,
            BiFunction<C, R, S> handler) {
        return new RpcOperation<>(name, requestType, (call, request) -> Uni.createFrom()
                .item(() -> handler.apply(call, request)));
    }

    /** An operation that answers its result shape later. */
    public static <C, R, S extends Record> RpcOperation<C, R, S> resultLater(String name, Class<R> requestType,
            BiFunction<C, R, Uni<S>> handler) {
        return new RpcOperation<>(name, requestType, handler);
    }

    /** An operation whose result is empty: it is done when the handler returns. */
    public static <C, R> RpcOperation<C, R, Void> empty(String name, Class<R> requestType, BiConsumer<C, R> handler) {
        return new RpcOperation<>(name, requestType, (call, request) -> Uni.createFrom().item(() -> {
            handler.accept(call, request);
            return null;
        }));
    }

    /**
     * Answers one call. Failures are values: a handler that throws, synchronously or not, gives a failed {@code Uni}
     * for the gateway to render, never an exception out of this method.
     */
    public Uni<S> invoke(C call, R request) {
        return Uni.createFrom().deferred(() -> handler.apply(call, request));
    }
}
