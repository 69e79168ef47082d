package dev.fakecloud.lambda.esm.stream;

import java.math.BigInteger;

/** Orders a shard's sequence numbers (decimal strings); null, the start of the shard, comes before every record. */
final class SequenceNumbers {

    private SequenceNumbers() {
    }

    static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.length() == b.length()) {
            return a.compareTo(b);
        }
        return new BigInteger(a).compareTo(new BigInteger(b));
    }

    /** The earlier of two positions. */
    static String min(String a, String b) {
        return compare(a, b) <= 0 ? a : b;
    }

    /** The later of two positions. */
    static String max(String a, String b) {
        return compare(a, b) >= 0 ? a : b;
    }
}
