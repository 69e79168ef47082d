package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ResourceInUseException} (HTTP 400). */
public final class ResourceInUseException extends AwsException {

    public ResourceInUseException(String message) {
        super("ResourceInUseException", message, 400, true, MessageKey.UPPER, true);
    }
}
