package dev.fakecloud.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash key space of a stream, 0 to 2^128 - 1: how it is split evenly among shards (as AWS does: each shard
 * covers 2^128 / n keys, the last one up to the end) and where a record falls (the MD5 of its partition key as an
 * unsigned 128-bit number, or its explicit hash key).
 */
final class HashKeys {

    static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private HashKeys() {
    }

    /** {@code count} ranges covering {@code [from, to]} evenly, in order: {start, end} pairs. */
    static List<BigInteger[]> split(BigInteger from, BigInteger to, int count) {
        BigInteger width = to.subtract(from).add(BigInteger.ONE);
        BigInteger step = width.divide(BigInteger.valueOf(count));
        List<BigInteger[]> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigInteger start = from.add(step.multiply(BigInteger.valueOf(i)));
            BigInteger end = i == count - 1 ? to : start.add(step).subtract(BigInteger.ONE);
            ranges.add(new BigInteger[] {start, end});
        }
        return ranges;
    }

    static BigInteger of(String partitionKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(partitionKey.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
