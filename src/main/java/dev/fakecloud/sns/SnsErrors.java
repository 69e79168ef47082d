package dev.fakecloud.sns;

import java.util.List;

/** Every error SNS answers with, worded as AWS words it. */
public final class SnsErrors {

    private SnsErrors() {
    }

    /** {@code InvalidParameter}: "Invalid parameter: <detail>". */
    public static SnsException invalidParameter(String detail) {
        return new SnsException("InvalidParameter", "Invalid parameter: " + detail, 400);
    }

    /** {@code InvalidParameter}: "Invalid parameter: <parameter> Reason: <reason>". */
    public static SnsException invalidParameter(String parameter, String reason) {
        return invalidParameter(parameter + " Reason: " + reason);
    }

    /** {@code InvalidParameter} with a message of its own (SMS validation words its errors without the prefix). */
    public static SnsException invalidParameterMessage(String message) {
        return new SnsException("InvalidParameter", message, 400);
    }

    /** {@code ParameterValueInvalid}, the code of InvalidParameterValueException (message attributes). */
    public static SnsException parameterValueInvalid(String message) {
        return new SnsException("ParameterValueInvalid", message, 400);
    }

    /** "An ARN must have at least 6 elements, not n". */
    public static SnsException malformedArn(String parameter, int elements) {
        return invalidParameter(parameter, "An ARN must have at least 6 elements, not " + elements);
    }

    public static SnsException topicNotFound() {
        return notFound("Topic does not exist");
    }

    public static SnsException subscriptionNotFound() {
        return notFound("Subscription does not exist");
    }

    public static SnsException notFound(String message) {
        return new SnsException("NotFound", message, 404);
    }

    public static SnsException resourceNotFound() {
        return new SnsException("ResourceNotFound", "Resource does not exist", 404);
    }

    /** The request model's own validation: "1 validation error detected: Value null at 'x' ...". */
    public static SnsException validation(List<String> violations) {
        int n = violations.size();
        return new SnsException("ValidationError", n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                + String.join("; ", violations), 400);
    }

    public static SnsException required(String member) {
        return validation(List.of("Value null at '" + member + "' failed to satisfy constraint: Member must not be null"));
    }

    public static SnsException tagLimitExceeded() {
        return new SnsException("TagLimitExceeded", "Could not complete request: tag quota of per resource exceeded",
                400);
    }

    public static SnsException emptyBatch() {
        return new SnsException("EmptyBatchRequest", "The batch request doesn't contain any entries.", 400);
    }

    public static SnsException tooManyEntries() {
        return new SnsException("TooManyEntriesInBatchRequest",
                "The batch request contains more entries than permissible.", 400);
    }

    public static SnsException batchIdsNotDistinct() {
        return new SnsException("BatchEntryIdsNotDistinct", "Two or more batch entries in the request have the same Id.",
                400);
    }

    public static SnsException invalidBatchEntryId(String message) {
        return new SnsException("InvalidBatchEntryId", message, 400);
    }

    public static SnsException batchTooLong() {
        return new SnsException("BatchRequestTooLong",
                "The length of all the messages put together is more than the limit.", 400);
    }

    public static SnsException endpointDisabled() {
        return new SnsException("EndpointDisabled", "Endpoint is disabled", 400);
    }

    public static SnsException verification(String message) {
        return new SnsException("VerificationException", message, 400);
    }

    public static SnsException smsResourceNotFound(String message) {
        return new SnsException("ResourceNotFound", message, 404);
    }

    public static SnsException invalidAction(String action) {
        return new SnsException("InvalidAction", "The action " + action + " is not valid for this endpoint.", 400);
    }

    public static SnsException malformedRequest(String message) {
        return new SnsException("InvalidParameter", message, 400);
    }
}
