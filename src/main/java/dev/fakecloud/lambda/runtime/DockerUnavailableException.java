package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.AwsException;

/**
 * The Docker engine that runs function containers cannot be reached, or refused what was asked. Rendered as Lambda's
 * {@code ServiceException} with a message that says what is wrong and how to fix it.
 */
public final class DockerUnavailableException extends AwsException {

    public DockerUnavailableException(String message) {
        super("ServiceException", message, 500, false, MessageKey.UPPER, true);
    }
}
