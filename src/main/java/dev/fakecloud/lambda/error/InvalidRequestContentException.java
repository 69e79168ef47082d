package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code InvalidRequestContentException} (HTTP 400). */
public final class InvalidRequestContentException extends AwsException {

    public InvalidRequestContentException(String message) {
        super("InvalidRequestContentException", message, 400, true, MessageKey.LOWER, true);
    }
}
