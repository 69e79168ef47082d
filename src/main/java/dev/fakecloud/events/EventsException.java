package dev.fakecloud.events;

import dev.fakecloud.core.AwsException;

/** An EventBridge error: its code is the error shape's name, as AWS JSON 1.1 reports it in {@code __type}. */
public final class EventsException extends AwsException {

    EventsException(String code, String message, int status) {
        super(code, message, status, status < 500, MessageKey.LOWER, false);
    }
}
