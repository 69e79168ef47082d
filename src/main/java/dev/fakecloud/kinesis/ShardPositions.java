package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StoredRecord;
import java.time.Instant;
import java.util.List;

/**
 * Where a reader of a shard starts, for the five iterator types GetShardIterator and SubscribeToShard share: the
 * counter of the first record to read and the arrival time before which records are skipped.
 */
final class ShardPositions {

    static final List<String> TYPES = List.of("AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER", "TRIM_HORIZON",
            "LATEST", "AT_TIMESTAMP");

    private ShardPositions() {
    }

    /** A starting point: records from {@code fromCounter} on that arrived at or after {@code notBeforeMillis}. */
    record Position(long fromCounter, long notBeforeMillis) {
    }

    /**
     * The position {@code type} names in {@code shard}; {@code operation} is the caller's operation, as AWS names it
     * in its messages.
     */
    static Position of(StreamStore store, KinesisStream stream, Shard shard, String type, String sequenceNumber,
            Instant timestamp, String operation) {
        return switch (type) {
            case "TRIM_HORIZON" -> new Position(0, 0);
            case "LATEST" -> {
                StoredRecord last = store.last(stream.arn(), shard.shardId());
                yield new Position(last == null ? 0 : last.counter() + 1, 0);
            }
            case "AT_TIMESTAMP" -> {
                if (timestamp == null) {
                    throw KinesisErrors.invalidArgument("Must specify timestampInMillis parameter for iterator of type"
                            + " AT_TIMESTAMP. Current request has no timestamp parameter.");
                }
                yield new Position(0, timestamp.toEpochMilli());
            }
            default -> {
                long counter = counterOf(stream, shard, sequenceNumber, type, operation);
                yield new Position(type.equals("AT_SEQUENCE_NUMBER") ? counter : counter + 1, 0);
            }
        };
    }

    private static long counterOf(KinesisStream stream, Shard shard, String sequenceNumber, String type,
            String operation) {
        if (sequenceNumber == null) {
            throw KinesisErrors.invalidArgument("StartingSequenceNumber must be provided for ShardIteratorType "
                    + type + ".");
        }
        long[] parsed = SequenceNumbers.parse(sequenceNumber);
        if (parsed == null) {
            throw KinesisErrors.invalidArgument("StartingSequenceNumber " + sequenceNumber + " used in "
                    + operation + " on shard " + shard.shardId() + " in stream " + stream.name()
                    + " under account " + stream.accountId() + " is invalid.");
        }
        if (parsed[0] != shard.index()) {
            throw KinesisErrors.invalidArgument("Invalid StartingSequenceNumber. It encodes "
                    + Shard.id((int) parsed[0]) + ", while it was used in a call to a shard with " + shard.shardId());
        }
        return parsed[1];
    }
}
