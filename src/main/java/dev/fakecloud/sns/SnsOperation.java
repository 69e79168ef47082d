package dev.fakecloud.sns;

import java.util.function.BiFunction;

/**
 * One row of the SNS operation table: the request record the Query parameters decode into and the handler, which
 * returns a result record or null (an empty result).
 */
record SnsOperation<R>(String name, Class<R> requestType, BiFunction<SnsCall, R, Object> handler) {

    Object invoke(SnsCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
