package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ProvisionedConcurrencyConfigNotFoundException} (HTTP 404). */
public final class ProvisionedConcurrencyConfigNotFoundException extends AwsException {

    public ProvisionedConcurrencyConfigNotFoundException(String message) {
        super("ProvisionedConcurrencyConfigNotFoundException", message, 404, true, MessageKey.LOWER, true);
    }
}
