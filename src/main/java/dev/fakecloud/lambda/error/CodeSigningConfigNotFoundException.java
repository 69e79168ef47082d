package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code CodeSigningConfigNotFoundException} (HTTP 404). */
public final class CodeSigningConfigNotFoundException extends AwsException {

    public CodeSigningConfigNotFoundException(String message) {
        super("CodeSigningConfigNotFoundException", message, 404, true, MessageKey.UPPER, true);
    }
}
