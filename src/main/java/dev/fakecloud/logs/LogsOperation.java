package dev.fakecloud.logs;

import java.util.function.BiFunction;

/** One row of the CloudWatch Logs operation table: the request record the JSON body decodes into and the handler. */
record LogsOperation<R>(String name, Class<R> requestType, BiFunction<LogsCall, R, Object> handler) {

    Object invoke(LogsCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
