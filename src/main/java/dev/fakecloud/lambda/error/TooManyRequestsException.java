package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;
import java.util.Map;

/** Lambda's throttling error (HTTP 429) with its {@code Reason}, e.g. {@code ReservedFunctionConcurrentInvocationLimitExceeded}. */
public final class TooManyRequestsException extends AwsException {

    private final String reason;

    public TooManyRequestsException(String message, String reason) {
        super("TooManyRequestsException", message, 429, true, MessageKey.LOWER, true);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, String> extraMembers() {
        return reason == null ? Map.of() : Map.of("Reason", reason);
    }
}
