package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code InvalidParameterValueException} (HTTP 400). */
public final class InvalidParameterValueException extends AwsException {

    public InvalidParameterValueException(String message) {
        this(message, true);
    }

    private InvalidParameterValueException(String message, boolean typed) {
        super("InvalidParameterValueException", message, 400, true, MessageKey.LOWER, typed);
    }

    /** The variant whose body has no {@code "Type": "User"}, as AWS answers its concurrency limit checks. */
    public static InvalidParameterValueException untyped(String message) {
        return new InvalidParameterValueException(message, false);
    }
}
