package dev.fakecloud.sqs;

import java.util.function.BiFunction;

/**
 * One row of the SQS operation table, shared by both wire protocols: the request record both decode into and the
 * handler, which returns a result record, null (an empty result) or a {@code Uni} of a result record.
 */
record SqsOperation<R>(String name, Class<R> requestType, BiFunction<SqsCall, R, Object> handler) {

    Object invoke(SqsCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
