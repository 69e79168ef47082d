package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code ResourceNotFoundException} (HTTP 404). */
public final class ResourceNotFoundException extends AwsException {

    public ResourceNotFoundException(String message) {
        this(message, true);
    }

    private ResourceNotFoundException(String message, boolean typed) {
        super("ResourceNotFoundException", message, 404, true, MessageKey.UPPER, typed);
    }

    /** The variant without {@code "Type": "User"} in its body, as AWS answers for code signing configurations. */
    public static ResourceNotFoundException untyped(String message) {
        return new ResourceNotFoundException(message, false);
    }
}
