package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code InvalidParameterValueException} (HTTP 400). */
public final class InvalidParameterValueException extends AwsException {

    public InvalidParameterValueException(String message) {
        super("InvalidParameterValueException", message, 400, true, MessageKey.LOWER, true);
    }
}
