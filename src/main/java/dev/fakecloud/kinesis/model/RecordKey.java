package dev.fakecloud.kinesis.model;

import java.util.Comparator;

/**
 * Where a record lies: its shard (stream ARN and shard id) and its counter in that shard. Ordered by shard then
 * counter, so that one sorted table is every shard's log and a shard is a key range of it.
 */
public record RecordKey(String shard, long counter) {

    public static final Comparator<RecordKey> ORDER =
            Comparator.comparing((RecordKey k) -> k.shard()).thenComparingLong(RecordKey::counter);

    public static String shard(String streamArn, String shardId) {
        return streamArn + "|" + shardId;
    }
}
