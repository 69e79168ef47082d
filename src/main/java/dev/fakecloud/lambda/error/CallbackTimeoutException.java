package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/**
 * Lambda's {@code CallbackTimeoutException} (HTTP 400): the callback of a durable execution has timed out or was
 * already closed.
 */
public final class CallbackTimeoutException extends AwsException {

    public static final String MESSAGE = "The callback ID token has either expired or the callback associated with "
            + "the token has already been closed.";

    public CallbackTimeoutException() {
        super("CallbackTimeoutException", MESSAGE, 400, true, MessageKey.UPPER, true);
    }
}
