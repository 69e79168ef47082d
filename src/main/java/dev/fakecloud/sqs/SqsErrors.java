package dev.fakecloud.sqs;

/** Every error SQS answers with, worded as AWS words it. */
public final class SqsErrors {

    private SqsErrors() {
    }

    /** An error modelled by SQS, as {@code com.amazonaws.sqs#<shape>}. */
    private static SqsException shape(String shape, String queryCode, String message, String queryMessage,
            int status) {
        return new SqsException(SqsException.SHAPE_NAMESPACE + shape, queryCode, message, queryMessage, status);
    }

    public static SqsException queueDoesNotExist() {
        return shape("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue",
                "The specified queue does not exist.", "The specified queue does not exist for this wsdl version.", 400);
    }

    public static SqsException invalidParameterValue(String message) {
        return shape("InvalidParameterValueException", "InvalidParameterValue", message, null, 400);
    }

    /** "Value v for parameter P is invalid. Reason: r." */
    public static SqsException invalidParameter(Object value, String parameter, String reason) {
        return invalidParameterValue("Value " + value + " for parameter " + parameter + " is invalid. Reason: " + reason);
    }

    public static SqsException missingParameter(String parameter) {
        return shape("MissingRequiredParameterException", "MissingParameter",
                "The request must contain the parameter " + parameter + ".", null, 400);
    }

    public static SqsException queueAlreadyExists(String attribute) {
        return shape("QueueNameExists", "QueueAlreadyExists",
                "A queue already exists with the same name and a different value for attribute " + attribute, null, 400);
    }

    public static SqsException invalidAttributeName(String message) {
        return shape("InvalidAttributeName", "InvalidAttributeName", message, null, 400);
    }

    public static SqsException unknownAttribute(String name) {
        return invalidAttributeName("Unknown Attribute " + name + ".");
    }

    public static SqsException invalidAttributeValue(String message) {
        return shape("InvalidAttributeValue", "InvalidAttributeValue", message, null, 400);
    }

    public static SqsException tooManyEntries(int sent) {
        return shape("TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
                "Maximum number of entries per request are 10. You have sent " + sent + ".", null, 400);
    }

    public static SqsException emptyBatch(String entryShape) {
        return shape("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest",
                "There should be at least one " + entryShape + " in the request.", null, 400);
    }

    public static SqsException invalidBatchEntryId() {
        return shape("InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId",
                "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80"
                        + " letters long.", null, 400);
    }

    public static SqsException batchEntryIdsNotDistinct(String id) {
        return shape("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
                "Id " + id + " repeated.", null, 400);
    }

    public static SqsException batchRequestTooLong(long sent, int max) {
        return shape("BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong",
                "Batch requests cannot be longer than " + max + " bytes. You have sent " + sent + " bytes.", null, 400);
    }

    public static SqsException receiptHandleIsInvalid(String handle) {
        return shape("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid",
                "The input receipt handle \"" + handle + "\" is not a valid receipt handle.", null, 400);
    }

    public static SqsException messageNotInflight(String handle) {
        return invalidParameter(handle, "ReceiptHandle",
                "Message does not exist or is not available for visibility timeout change.");
    }

    public static SqsException purgeInProgress(String queueName) {
        return shape("PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress",
                "Only one PurgeQueue operation on " + queueName + " is allowed every 60 seconds.", null, 403);
    }

    public static SqsException invalidAction(String action) {
        return shape("InvalidAction", "InvalidAction",
                "The action " + action + " is not valid for this endpoint.", null, 400);
    }

    public static SqsException resourceNotFound(String message) {
        return shape("ResourceNotFoundException", "ResourceNotFoundException", message, null, 404);
    }

    /** A Query request whose parameters do not fit the operation's members (e.g. a word where a number goes). */
    public static SqsException malformedInput(String message) {
        return invalidParameterValue(message);
    }

    /**
     * A JSON 1.0 body that does not deserialize into the operation's input (not JSON, too deep or too long, not an
     * object, a wrong member type, a {@code null} inside a list or map): the AWS JSON protocol's
     * {@code SerializationException}, which SQS's service framework reports under its own namespace.
     */
    public static SqsException serialization(String message) {
        return new SqsException("com.amazon.coral.service#SerializationException", "SerializationException", message,
                null, 400);
    }

    /**
     * A message body with a character outside the set SQS allows (XML 1.0's characters); {@code codePoint} is the
     * first offending one.
     */
    public static SqsException invalidMessageContents(int codePoint) {
        return shape("InvalidMessageContents", "InvalidMessageContents",
                "Invalid binary character '#x" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)
                        + "' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | "
                        + "[#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].", null, 400);
    }
}
