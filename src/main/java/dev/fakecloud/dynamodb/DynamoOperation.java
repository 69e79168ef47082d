package dev.fakecloud.dynamodb;

import java.util.function.BiFunction;

/**
 * One row of the operation table: the request record the JSON body decodes into and the handler, which returns a
 * result (a record or map, null for an empty one) or a {@code Uni} of one.
 */
record DynamoOperation<R>(String name, Class<R> requestType, BiFunction<DynamoCall, R, Object> handler) {

    Object invoke(DynamoCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
