package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ResourceNotFoundException} (HTTP 404). */
public final class ResourceNotFoundException extends AwsException {

    public ResourceNotFoundException(String message) {
        super("ResourceNotFoundException", message, 404, true, MessageKey.UPPER, true);
    }
}
