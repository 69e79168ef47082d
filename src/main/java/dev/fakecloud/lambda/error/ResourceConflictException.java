package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ResourceConflictException} (HTTP 409). */
public final class ResourceConflictException extends AwsException {

    public ResourceConflictException(String message) {
        super("ResourceConflictException", message, 409, true, MessageKey.LOWER, true);
    }
}
