package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ResourceNotReadyException} (HTTP 502). */
public final class ResourceNotReadyException extends AwsException {

    public ResourceNotReadyException(String message) {
        super("ResourceNotReadyException", message, 502, true, MessageKey.LOWER, true);
    }
}
