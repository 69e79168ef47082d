package dev.fakecloud.kinesis;

/**
 * Sequence numbers as AWS spells them: 56 decimal digits, increasing within a shard. Ours encode the shard's index
 * and the record's counter in it ({@code 49}, 34 digits of shard index, 20 of counter), so that a sequence number
 * names its shard and compares as a number and as a string.
 */
final class SequenceNumbers {

    private static final int COUNTER_DIGITS = 20;
    private static final int LENGTH = 56;

    private SequenceNumbers() {
    }

    static String of(int shardIndex, long counter) {
        return "49" + String.format("%034d", shardIndex) + String.format("%020d", counter);
    }

    /** The shard index and counter a sequence number encodes, or null when it is not one of ours. */
    static long[] parse(String sequenceNumber) {
        if (sequenceNumber == null || sequenceNumber.length() != LENGTH || !sequenceNumber.startsWith("49")) {
            return null;
        }
        try {
            long index = Long.parseLong(sequenceNumber.substring(2, LENGTH - COUNTER_DIGITS));
            long counter = Long.parseLong(sequenceNumber.substring(LENGTH - COUNTER_DIGITS));
            return new long[] {index, counter};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
