package dev.fakecloud.kinesis.model;

import java.math.BigInteger;

/**
 * One shard of a stream as it is stored: its hash key range, parents, the sequence number it starts at and, once
 * closed by a split, a merge or a resharding, the one it ends at.
 *
 * @param index the number in its id ({@code shardId-000000000003} is 3), also encoded in its sequence numbers
 */
public record Shard(String shardId, int index, String parentShardId, String adjacentParentShardId,
        String startingHashKey, String endingHashKey, String startingSequenceNumber, String endingSequenceNumber,
        long createdMillis, Long closedMillis) {

    public static String id(int index) {
        return String.format("shardId-%012d", index);
    }

    public boolean open() {
        return closedMillis == null;
    }

    public BigInteger start() {
        return new BigInteger(startingHashKey);
    }

    public BigInteger end() {
        return new BigInteger(endingHashKey);
    }

    public boolean covers(BigInteger hashKey) {
        return start().compareTo(hashKey) <= 0 && end().compareTo(hashKey) >= 0;
    }

    public Shard closed(String endingSequence, long at) {
        return new Shard(shardId, index, parentShardId, adjacentParentShardId, startingHashKey, endingHashKey,
                startingSequenceNumber, endingSequence, createdMillis, at);
    }
}
