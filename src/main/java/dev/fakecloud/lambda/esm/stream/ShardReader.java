package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.lambda.esm.stream.StreamSource.ShardRead;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A shard as each of its slots sees it. With {@code ParallelizationFactor} N, every record belongs to one of N slots
 * by its partition key (Kinesis: {@code PartitionKey}; DynamoDB Streams: the item's key), so a key's records are
 * always delivered by the same slot, in order, while the slots deliver concurrently. A slot reads only its own
 * records and steps over the others' (and over those a previous generation of slots already finished). With one
 * slot and nothing handed over it is exactly the shard.
 */
final class ShardReader<R> {

    /** How many records one read steps over at most before handing back what it has (it is called again). */
    private static final int SCAN_LIMIT = 10_000;

    private final StreamSource<R> source;
    private final String streamArn;
    private final String shardId;
    private final int slots;
    private final Handover<R> handover;

    ShardReader(StreamSource<R> source, String streamArn, String shardId, int slots, Handover<R> handover) {
        this.source = source;
        this.streamArn = streamArn;
        this.shardId = shardId;
        this.slots = slots;
        this.handover = handover;
    }

    /** The slot a partition key belongs to among {@code slots}. */
    static int slotOf(String key, int slots) {
        if (slots == 1) {
            return 0;
        }
        int h = key.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), slots);
    }

    int slots() {
        return slots;
    }

    Handover<R> handover() {
        return handover;
    }

    /**
     * What a slot reads next.
     *
     * @param records up to {@code max} records of the slot, in shard order, after {@code after}
     * @param steppedTo the last record looked at (the slot's or another's), null when none: when the slot got none
     *     of its own it is done with everything up to there
     * @param endOfShard true when the shard is closed and nothing follows what was looked at
     */
    record SlotRead<R>(List<StreamRecord<R>> records, String steppedTo, boolean endOfShard) {
    }

    SlotRead<R> read(int slot, String after, Instant notBefore, int max) {
        if (slots == 1 && handover == null) {
            ShardRead<R> read = source.read(streamArn, shardId, after, notBefore, max);
            List<StreamRecord<R>> records = read.records();
            return new SlotRead<>(records, records.isEmpty() ? null : records.getLast().sequenceNumber(),
                    read.endOfShard());
        }
        List<StreamRecord<R>> mine = new ArrayList<>();
        String steppedTo = null;
        String from = after;
        int seen = 0;
        while (true) {
            ShardRead<R> page = source.read(streamArn, shardId, from, notBefore, max);
            if (page.records().isEmpty()) {
                return new SlotRead<>(mine, steppedTo, page.endOfShard());
            }
            for (StreamRecord<R> r : page.records()) {
                if (mine.size() >= max) {
                    return new SlotRead<>(mine, steppedTo, false);
                }
                steppedTo = r.sequenceNumber();
                if (belongs(r, slot)) {
                    mine.add(r);
                }
            }
            seen += page.records().size();
            if (page.endOfShard() || mine.size() >= max || seen >= SCAN_LIMIT) {
                return new SlotRead<>(mine, steppedTo, page.endOfShard() && mine.size() < max);
            }
            from = steppedTo;
        }
    }

    private boolean belongs(StreamRecord<R> record, int slot) {
        return (slots == 1 || slotOf(source.partitionKey(record), slots) == slot)
                && (handover == null || !handover.done(record));
    }
}
