package dev.fakecloud.core;

import java.util.List;

/**
 * AWS's request-model validation error: "1 validation error detected: Value 'x' at 'member' failed to satisfy
 * constraint: ...". Several violations are joined the way AWS joins them.
 */
public final class ValidationException extends AwsException {

    public ValidationException(List<String> violations) {
        super("ValidationException", render(violations), 400, true, MessageKey.LOWER, false);
    }

    private static String render(List<String> violations) {
        int n = violations.size();
        return n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", violations);
    }
}
