package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** {@code AccessDeniedException} (HTTP 403), which Lambda also answers for requests that do not apply to a resource. */
public final class AccessDeniedException extends AwsException {

    public AccessDeniedException(String message) {
        super("AccessDeniedException", message, 403, true, MessageKey.UPPER, false);
    }
}
