package dev.fakecloud.gateway;

import dev.fakecloud.core.AwsException;

/** A request that no operation of the addressed service (or no service at all) answers. */
public final class UnknownOperationException extends AwsException {

    public UnknownOperationException(String message, int status) {
        super("UnknownOperationException", message, status, true, MessageKey.LOWER, false);
    }
}
