package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ServiceException} (HTTP 500): the service itself could not complete the request. */
public final class ServiceException extends AwsException {

    public ServiceException(String message) {
        super("ServiceException", message, 500, false, MessageKey.UPPER, true);
    }
}
