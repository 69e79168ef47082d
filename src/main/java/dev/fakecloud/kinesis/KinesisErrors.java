package dev.fakecloud.kinesis;

import java.util.Date;

/** Every error Kinesis answers with, worded as AWS words it. */
public final class KinesisErrors {

    private KinesisErrors() {
    }

    public static KinesisException streamNotFound(String name, String accountId) {
        return new KinesisException("ResourceNotFoundException",
                "Stream " + name + " under account " + accountId + " not found.", 400);
    }

    public static KinesisException streamExists(String name, String accountId) {
        return new KinesisException("ResourceInUseException",
                "Stream " + name + " under account " + accountId + " already exists.", 400);
    }

    public static KinesisException shardNotFound(String shardId, String stream, String accountId) {
        return new KinesisException("ResourceNotFoundException", "Shard " + shardId + " in stream " + stream
                + " under account " + accountId + " does not exist", 400);
    }

    public static KinesisException resourceNotFound(String message) {
        return new KinesisException("ResourceNotFoundException", message, 400);
    }

    public static KinesisException resourceInUse(String message) {
        return new KinesisException("ResourceInUseException", message, 400);
    }

    public static KinesisException invalidArgument(String message) {
        return new KinesisException("InvalidArgumentException", message, 400);
    }

    public static KinesisException limitExceeded(String message) {
        return new KinesisException("LimitExceededException", message, 400);
    }

    public static KinesisException validation(String message) {
        return new KinesisException("ValidationException", message, 400);
    }

    public static KinesisException expiredNextToken(String message) {
        return new KinesisException("ExpiredNextTokenException", message, 400);
    }

    public static KinesisException expiredIterator(long createdMillis, long nowMillis, long toleranceMillis) {
        return new KinesisException("ExpiredIteratorException", "Iterator expired. The iterator was created at time "
                + new Date(createdMillis) + " while right now it is " + new Date(nowMillis)
                + " which is further in the future than the tolerated delay of " + toleranceMillis + " milliseconds.",
                400);
    }

    /** "Either StreamName or StreamARN should be provided." and its kin. */
    public static KinesisException missingStream() {
        return invalidArgument("Either StreamName or StreamARN should be provided.");
    }

    /** The AWS JSON protocol's answer to a body that does not fit the operation's input. */
    public static KinesisException serialization(String message) {
        return new KinesisException("SerializationException", message, 400);
    }

    public static KinesisException unknownOperation(String target) {
        return new KinesisException("UnknownOperationException", target == null ? null
                : "The operation " + target + " is not known to Kinesis.", 400);
    }
}
