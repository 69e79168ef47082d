package dev.fakecloud.kinesis;

import java.util.function.BiFunction;

/**
 * One row of the Kinesis operation table, shared by both encodings: the request record the body decodes into and
 * the handler, which returns a result record or null (an empty result).
 */
record KinesisOperation<R>(String name, Class<R> requestType, BiFunction<KinesisCall, R, Object> handler) {

    Object invoke(KinesisCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
