package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import java.util.List;
import java.util.function.Function;

/**
 * What the slots of a shard had done when the mapping's {@code ParallelizationFactor} changed: each old slot had
 * finished every record of its keys up to its own position. The new slots all start from the shard's checkpoint
 * (the earliest of those positions) and skip what an old slot had already finished, so a resize delivers no record
 * twice. Chained when the factor changes again before the new slots have passed everything the old ones finished.
 *
 * @param slots how many slots there were
 * @param positions each old slot's position (the last record of its keys it was done with; null: none)
 * @param earlier what the generation before had done, or null
 */
record Handover<R>(int slots, List<String> positions, Function<StreamRecord<R>, String> key, Handover<R> earlier) {

    /** Whether an earlier generation of slots already finished the record. */
    boolean done(StreamRecord<R> record) {
        String position = positions.get(ShardReader.slotOf(key.apply(record), slots));
        return SequenceNumbers.compare(record.sequenceNumber(), position) <= 0
                || earlier != null && earlier.done(record);
    }

    /** The furthest position any old slot reached: past it, nothing was done ahead of the checkpoint. */
    String furthest() {
        String furthest = earlier == null ? null : earlier.furthest();
        for (String p : positions) {
            furthest = SequenceNumbers.max(furthest, p);
        }
        return furthest;
    }

    /** This handover, without the generations the checkpoint has passed entirely. */
    Handover<R> pruned(String checkpoint) {
        if (SequenceNumbers.compare(checkpoint, furthest()) >= 0) {
            return null;
        }
        return earlier == null ? this : new Handover<>(slots, positions, key, earlier.pruned(checkpoint));
    }
}
