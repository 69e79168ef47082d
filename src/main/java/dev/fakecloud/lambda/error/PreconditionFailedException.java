package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code PreconditionFailedException} (HTTP 412). */
public final class PreconditionFailedException extends AwsException {

    public PreconditionFailedException(String message) {
        super("PreconditionFailedException", message, 412, true, MessageKey.LOWER, true);
    }
}
