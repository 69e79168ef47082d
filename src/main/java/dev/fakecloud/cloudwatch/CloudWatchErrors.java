package dev.fakecloud.cloudwatch;

/** Every error CloudWatch answers with, as its model names them and as AWS words them. */
public final class CloudWatchErrors {

    private CloudWatchErrors() {
    }

    public static CloudWatchException invalidParameterValue(String message) {
        return new CloudWatchException("InvalidParameterValueException", "InvalidParameterValue", message, 400);
    }

    public static CloudWatchException invalidParameterCombination(String message) {
        return new CloudWatchException("InvalidParameterCombinationException", "InvalidParameterCombination",
                message, 400);
    }

    public static CloudWatchException missingParameter(String parameter) {
        return new CloudWatchException("MissingRequiredParameterException", "MissingParameter",
                "The parameter " + parameter + " is required.", 400);
    }

    /** A request-model violation ("1 validation error detected: ..."). */
    public static CloudWatchException validation(String message) {
        return new CloudWatchException("com.amazon.coral.validate#ValidationException", "ValidationError", message,
                400);
    }

    /** An alarm or a dashboard that does not exist: AWS sends no message with it. */
    public static CloudWatchException resourceNotFound() {
        return new CloudWatchException("com.amazonaws.cloudwatch.v2010_08_01#ResourceNotFound", "ResourceNotFound",
                null, 404);
    }

    public static CloudWatchException resourceNotFound(String message) {
        return new CloudWatchException("ResourceNotFound", "ResourceNotFound", message, 404);
    }

    public static CloudWatchException dashboardNotFound(String name) {
        return new CloudWatchException("DashboardNotFoundError", "ResourceNotFound",
                "Dashboard " + name + " does not exist", 404);
    }

    /** ResourceNotFoundException: an anomaly detector, metric stream, insight rule or mute rule. */
    public static CloudWatchException resourceNotFoundException(String message) {
        return new CloudWatchException("ResourceNotFoundException", "ResourceNotFoundException", message, 404);
    }

    public static CloudWatchException dashboardInvalidInput(String message) {
        return new CloudWatchException("DashboardInvalidInputError", "InvalidParameterInput", message, 400);
    }

    public static CloudWatchException invalidNextToken() {
        return new CloudWatchException("InvalidNextToken", "InvalidNextToken", "The service returned an error "
                + "with Error Code InvalidNextToken and HTTP Status Code 400", 400);
    }

    public static CloudWatchException invalidFormat(String message) {
        return new CloudWatchException("InvalidFormatFault", "InvalidFormat", message, 400);
    }

    public static CloudWatchException limitExceeded(String message) {
        return new CloudWatchException("LimitExceededFault", "LimitExceeded", message, 400);
    }

    public static CloudWatchException invalidAction(String action) {
        return new CloudWatchException("InvalidAction", "InvalidAction", "The action " + action
                + " is not valid for this web service.", 400);
    }

    public static CloudWatchException serialization(String message) {
        return new CloudWatchException("SerializationException", "SerializationException", message, 400);
    }
}
