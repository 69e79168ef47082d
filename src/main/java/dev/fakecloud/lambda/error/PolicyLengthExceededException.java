package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code PolicyLengthExceededException} (HTTP 400): a resource policy would outgrow 20 KB. */
public final class PolicyLengthExceededException extends AwsException {

    public PolicyLengthExceededException(String message) {
        super("PolicyLengthExceededException", message, 400, true, MessageKey.LOWER, true);
    }
}
