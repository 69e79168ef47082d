package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;

/** Reads S3's numeric query parameters ({@code max-keys}, {@code max-parts}, ...) with S3's errors. */
final class Limits {

    private Limits() {
    }

    /** The parameter's value, {@code fallback} when absent, capped at {@code max}. */
    static int intParam(S3Call call, String name, int fallback, int min, int max) {
        String value = call.query(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw S3Errors.invalidArgument("Provided " + name + " not an integer or within integer range", name,
                    value);
        }
        if (parsed < min) {
            throw S3Errors.invalidArgument("Argument " + name + " must be an integer between " + min + " and "
                    + Integer.MAX_VALUE, name, value);
        }
        return Math.min(parsed, max);
    }
}
