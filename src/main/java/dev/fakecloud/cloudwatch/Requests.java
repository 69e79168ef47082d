package dev.fakecloud.cloudwatch;

/** The checks every CloudWatch request makes of its members, with AWS's errors. */
final class Requests {

    private Requests() {
    }

    /** A required member: absent is MissingParameter. */
    static void require(Object value, String parameter) {
        if (value == null) {
            throw CloudWatchErrors.missingParameter(parameter);
        }
    }

    /** A name of 1 to {@code max} characters. */
    static void name(String value, String parameter, int max) {
        if (value.isEmpty() || value.length() > max) {
            throw CloudWatchErrors.invalidParameterValue("The value " + value + " for parameter " + parameter
                    + " is invalid: it must be between 1 and " + max + " characters long.");
        }
    }

    /** A page size: {@code dflt} when absent, else between 1 and {@code max}. */
    static int max(Integer value, int dflt, int max, String member) {
        if (value == null) {
            return dflt;
        }
        if (value < 1 || value > max) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value between 1 and " + max);
        }
        return value;
    }
}
