package dev.fakecloud.lambda.esm.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.esm.stream.ShardReader.SlotRead;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the slots of a shard share its records: by key, all of them, and nothing a previous set of slots did. */
class ShardReaderTest {

    static final String SHARD = "shardId-000000000000";

    /** A closed shard of records whose value is their partition key. */
    static final class Shard implements StreamSource<String> {
        final List<StreamRecord<String>> records = new ArrayList<>();

        Shard(int count, int keys) {
            for (int i = 1; i <= count; i++) {
                records.add(new StreamRecord<>(String.valueOf(1000 + i), Instant.EPOCH, 1, "key-" + (i % keys)));
            }
        }

        @Override
        public ShardRead<String> read(String streamArn, String shardId, String after, Instant notBefore, int max) {
            List<StreamRecord<String>> page = records.stream()
                    .filter(r -> SequenceNumbers.compare(r.sequenceNumber(), after) > 0).limit(max).toList();
            boolean end = page.isEmpty() || page.getLast() == records.getLast();
            return new ShardRead<>(page, end);
        }

        @Override
        public String partitionKey(StreamRecord<String> record) {
            return record.value();
        }

        @Override
        public SourceType type() {
            return SourceType.KINESIS;
        }

        @Override
        public boolean exists(String streamArn) {
            return true;
        }

        @Override
        public List<StreamShard> shards(String streamArn) {
            return List.of(new StreamShard(SHARD, null, null, true));
        }

        @Override
        public String latestSequenceNumber(String streamArn, String shardId) {
            return records.getLast().sequenceNumber();
        }

        @Override
        public Subscription subscribe(String streamArn, Runnable changed) {
            return () -> { };
        }

        @Override
        public ObjectNode eventRecord(StreamRecord<String> record, RecordContext context) {
            return JsonNodeFactory.instance.objectNode();
        }

        @Override
        public ObjectNode filterTarget(StreamRecord<String> record, ObjectNode eventRecord) {
            return eventRecord;
        }

        @Override
        public String batchInfoMember() {
            return "KinesisBatchInfo";
        }
    }

    /** Everything one slot reads, batch after batch, to the end of the shard. */
    static List<StreamRecord<String>> drain(ShardReader<String> reader, int slot, String from, int batchSize) {
        List<StreamRecord<String>> out = new ArrayList<>();
        String position = from;
        while (true) {
            SlotRead<String> read = reader.read(slot, position, null, batchSize);
            assertThat(read.records()).hasSizeLessThanOrEqualTo(batchSize);
            out.addAll(read.records());
            position = read.records().isEmpty() ? read.steppedTo() : read.records().getLast().sequenceNumber();
            if (read.records().isEmpty() && read.endOfShard()) {
                return out;
            }
            if (position == null) {
                throw new AssertionError("slot " + slot + " stopped before the end of a closed shard");
            }
        }
    }

    @Test
    void oneSlotReadsTheShardAsItIs() {
        Shard shard = new Shard(25, 4);
        ShardReader<String> reader = new ShardReader<>(shard, "arn", SHARD, 1, null);
        SlotRead<String> read = reader.read(0, null, null, 10);
        assertThat(read.records()).isEqualTo(shard.records.subList(0, 10));
        assertThat(read.endOfShard()).isFalse();
        assertThat(drain(reader, 0, null, 10)).isEqualTo(shard.records);
    }

    @Test
    void everyRecordGoesToExactlyOneSlotAndEachKeyToOneSlotInOrder() {
        Shard shard = new Shard(200, 13);
        int slots = 5;
        ShardReader<String> reader = new ShardReader<>(shard, "arn", SHARD, slots, null);
        List<StreamRecord<String>> all = new ArrayList<>();
        Map<String, Integer> slotOfKey = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int slot = 0; slot < slots; slot++) {
            List<StreamRecord<String>> mine = drain(reader, slot, null, 7);
            for (StreamRecord<String> r : mine) {
                Integer before = slotOfKey.putIfAbsent(r.value(), slot);
                assertThat(before == null ? slot : before).as("slot of " + r.value()).isEqualTo(slot);
                used.add(slot);
            }
            assertThat(mine).isSortedAccordingTo((a, b) -> SequenceNumbers.compare(a.sequenceNumber(),
                    b.sequenceNumber()));
            all.addAll(mine);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(shard.records);
        assertThat(used).as("13 keys spread over more than one of 5 slots").hasSizeGreaterThan(1);
    }

    @Test
    void newSlotsSkipWhatTheOldSlotsHadDone() {
        Shard shard = new Shard(120, 9);
        int oldSlots = 3;
        ShardReader<String> old = new ShardReader<>(shard, "arn", SHARD, oldSlots, null);
        // the old slots got different distances into the shard: slot 0 far, slots 1 and 2 a little
        List<String> positions = new ArrayList<>();
        List<StreamRecord<String>> done = new ArrayList<>();
        int[] reached = {20, 1, 4};
        for (int slot = 0; slot < oldSlots; slot++) {
            List<StreamRecord<String>> mine = drain(old, slot, null, 100);
            List<StreamRecord<String>> finished = mine.subList(0, Math.min(reached[slot], mine.size()));
            done.addAll(finished);
            positions.add(finished.isEmpty() ? null : finished.getLast().sequenceNumber());
        }
        String checkpoint = positions.getFirst();
        for (String p : positions) {
            checkpoint = SequenceNumbers.min(checkpoint, p);
        }
        assertThat(checkpoint).isNotNull();
        Handover<String> handover = new Handover<>(oldSlots, positions, shard::partitionKey, null).pruned(checkpoint);
        assertThat(handover).isNotNull();

        ShardReader<String> next = new ShardReader<>(shard, "arn", SHARD, 4, handover);
        List<StreamRecord<String>> delivered = new ArrayList<>();
        for (int slot = 0; slot < 4; slot++) {
            delivered.addAll(drain(next, slot, checkpoint, 6));
        }
        List<StreamRecord<String>> rest = new ArrayList<>(shard.records);
        rest.removeAll(done);
        assertThat(delivered).as("the new slots deliver exactly what the old ones had not")
                .containsExactlyInAnyOrderElementsOf(rest);
        assertThat(handover.pruned(shard.records.getLast().sequenceNumber())).as("forgotten once passed").isNull();
    }
}
