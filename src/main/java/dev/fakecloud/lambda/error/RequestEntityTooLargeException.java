package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code RequestEntityTooLargeException} (HTTP 413). */
public final class RequestEntityTooLargeException extends AwsException {

    public RequestEntityTooLargeException(String message) {
        super("RequestEntityTooLargeException", message, 413, true, MessageKey.LOWER, false);
    }
}
