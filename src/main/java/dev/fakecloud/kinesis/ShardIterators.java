package dev.fakecloud.kinesis;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Shard iterators: opaque to callers, they carry the stream, the shard, the counter to read from (inclusive), an
 * arrival time before which records are skipped (AT_TIMESTAMP) and when they were issued; they expire five minutes
 * after that, as AWS's do.
 */
final class ShardIterators {

    static final long LIFETIME_MILLIS = 300_000;

    private ShardIterators() {
    }

    record Position(String streamArn, String shardId, long fromCounter, long notBeforeMillis, long issuedMillis) {
    }

    static String encode(String streamArn, String shardId, long fromCounter, long notBeforeMillis) {
        String plain = "1|" + streamArn + "|" + shardId + "|" + fromCounter + "|" + notBeforeMillis + "|"
                + System.currentTimeMillis();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position an iterator names; InvalidArgumentException when it is not one; ExpiredIterator when too old. */
    static Position decode(String iterator) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw KinesisErrors.invalidArgument("Invalid ShardIterator.");
        }
        if (parts.length != 6 || !parts[0].equals("1")) {
            throw KinesisErrors.invalidArgument("Invalid ShardIterator.");
        }
        Position p;
        try {
            p = new Position(parts[1], parts[2], Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                    Long.parseLong(parts[5]));
        } catch (NumberFormatException e) {
            throw KinesisErrors.invalidArgument("Invalid ShardIterator.");
        }
        long now = System.currentTimeMillis();
        if (now - p.issuedMillis() > LIFETIME_MILLIS) {
            throw KinesisErrors.expiredIterator(p.issuedMillis(), now, LIFETIME_MILLIS);
        }
        return p;
    }
}
