package dev.fakecloud.dynamodb.model;

import java.util.List;
import java.util.Map;

/** Every error DynamoDB and DynamoDB Streams answer with, worded as AWS words it. */
public final class DynamoErrors {

    private static final String NS = "com.amazonaws.dynamodb.v20120810#";

    private DynamoErrors() {
    }

    private static DynamoException shape(String shape, String message) {
        return new DynamoException(NS + shape, message, 400, Map.of());
    }

    public static DynamoException validation(String message) {
        return new DynamoException("com.amazon.coral.validate#ValidationException", message, 400, Map.of());
    }

    /** "One or more parameter values were invalid: ..." */
    public static DynamoException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    /** A body that is not the operation's input shape. */
    public static DynamoException serialization(String message) {
        return new DynamoException("com.amazon.coral.service#SerializationException", message, 400, Map.of());
    }

    public static DynamoException unknownOperation(String target) {
        return new DynamoException("com.amazon.coral.service#UnknownOperationException", null, 400, Map.of());
    }

    public static DynamoException resourceNotFound() {
        return shape("ResourceNotFoundException", "Requested resource not found");
    }

    public static DynamoException tableNotFound(String table) {
        return shape("ResourceNotFoundException", "Requested resource not found: Table: " + table + " not found");
    }

    public static DynamoException resourceNotFound(String message) {
        return shape("ResourceNotFoundException", message);
    }

    public static DynamoException resourceInUse(String message) {
        return shape("ResourceInUseException", message);
    }

    public static DynamoException conditionalCheckFailed(Map<String, Value> item) {
        return new DynamoException(NS + "ConditionalCheckFailedException", "The conditional request failed", 400,
                item == null ? Map.of() : Map.of("Item", item));
    }

    /** One entry of {@code CancellationReasons}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CancellationReason(String Code, String Message, Map<String, Value> Item) {
    }

    public static DynamoException transactionCanceled(List<CancellationReason> reasons) {
        String codes = String.join(", ", reasons.stream().map(CancellationReason::Code).toList());
        return new DynamoException(NS + "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]", 400,
                Map.of("CancellationReasons", reasons));
    }

    public static DynamoException duplicateItem() {
        return shape("DuplicateItemException", "Duplicate primary key exists in table");
    }

    public static DynamoException idempotentParameterMismatch() {
        return shape("IdempotentParameterMismatchException",
                "Request parameters do not match a previous request with the same client request token");
    }

    public static DynamoException itemTooLarge() {
        return validation("Item size has exceeded the maximum allowed size");
    }

    public static DynamoException keyMismatch() {
        return validation("The provided key element does not match the schema");
    }

    public static DynamoException expiredIterator(String message) {
        return shape("ExpiredIteratorException", message);
    }

    public static DynamoException trimmedData(String message) {
        return shape("TrimmedDataAccessException", message);
    }

    public static DynamoException limitExceeded(String message) {
        return shape("LimitExceededException", message);
    }

    public static DynamoException policyNotFound(String arn) {
        return shape("PolicyNotFoundException", "Resource-based policy not found for the provided ResourceArn: "
                + arn);
    }

    /** An operation AWS has that this emulator does not: a clear refusal rather than a fake success. */
    public static DynamoException unsupported(String operation) {
        return validation(operation + " is not supported by fakecloud");
    }
}
