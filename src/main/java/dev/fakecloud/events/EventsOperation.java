package dev.fakecloud.events;

import java.util.function.BiFunction;

/**
 * One row of the EventBridge operation table: the request record the body decodes into and the handler, which
 * returns a result record, null (an empty result) or a {@code Uni} of a result record.
 */
record EventsOperation<R>(String name, Class<R> requestType, BiFunction<EventsCall, R, Object> handler) {

    Object invoke(EventsCall call, Object request) {
        return handler.apply(call, requestType.cast(request));
    }
}
