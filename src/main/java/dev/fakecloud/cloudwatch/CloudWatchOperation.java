package dev.fakecloud.cloudwatch;

import java.util.function.BiFunction;

/**
 * One row of the CloudWatch operation table: the request record every protocol's input decodes into and the
 * handler, which returns a result record or null (an empty result).
 */
record CloudWatchOperation<R>(String name, Class<R> requestType, BiFunction<CloudWatchCall, R, Object> handler) {

    Object invoke(CloudWatchCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
