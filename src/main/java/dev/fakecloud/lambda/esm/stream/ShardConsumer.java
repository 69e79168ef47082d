package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.lambda.esm.stream.StreamCheckpoints.Checkpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers one shard of one stream mapping through {@code ParallelizationFactor} slots ({@link SlotConsumer}), each
 * with at most one batch in flight, so up to that many batches of the shard run at once while each partition key
 * keeps its order. The shard's checkpoint is the earliest slot position: it never passes a record some slot has not
 * finished (delivered, or given up on to the on-failure destination). When the factor changes the slots finish what
 * is in flight and a new set takes over from the checkpoint, skipping what the old set had already done. Runs only
 * on its mapping's context, so it needs no locks.
 */
final class ShardConsumer<R> {

    private final StreamMappingDelivery<R> delivery;
    private final String shardId;
    private String checkpoint;
    private boolean finished;
    private Instant notBefore;
    private List<SlotConsumer<R>> slots = List.of();
    private boolean resizing;

    ShardConsumer(StreamMappingDelivery<R> delivery, String shardId, Checkpoint start, Instant notBefore) {
        this.delivery = delivery;
        this.shardId = shardId;
        this.checkpoint = start.sequenceNumber();
        this.finished = start.finished();
        this.notBefore = notBefore;
        open(Math.max(1, delivery.settings().parallelization()), null);
    }

    String shardId() {
        return shardId;
    }

    boolean finished() {
        return finished;
    }

    /** New records may be there, or the settings changed: every slot reads unless busy or waiting. */
    void signal() {
        if (finished || resizing || delivery.closed()) {
            return;
        }
        if (delivery.settings().parallelization() != slots.size()) {
            resizing = true;
            slots.forEach(SlotConsumer::drain);
            slotIdle();
            return;
        }
        for (SlotConsumer<R> slot : slots) {
            slot.signal();
        }
    }

    void close() {
        slots.forEach(SlotConsumer::close);
    }

    /** A slot moved its position: the checkpoint follows the slot furthest behind. */
    void slotAdvanced() {
        String earliest = slots.getFirst().position();
        for (SlotConsumer<R> slot : slots) {
            earliest = SequenceNumbers.min(earliest, slot.position());
        }
        checkpoint = earliest;
        if (earliest != null) {
            notBefore = null;
        }
        save();
    }

    /** A slot read to the end of the closed shard: once all have, the shard is done and its children may start. */
    void slotFinished() {
        if (slots.stream().allMatch(SlotConsumer::finished)) {
            finished = true;
            save();
            delivery.shardFinished(shardId);
        }
    }

    /** A draining slot has nothing in flight: once none has, the new set of slots takes over. */
    void slotIdle() {
        if (!resizing || slots.stream().anyMatch(SlotConsumer::busy)) {
            return;
        }
        resizing = false;
        List<String> positions = slots.stream().map(SlotConsumer::position).toList();
        Handover<R> earlier = slots.getFirst().reader().handover();
        Handover<R> handover = new Handover<>(slots.size(), positions, delivery.source()::partitionKey, earlier)
                .pruned(checkpoint);
        open(Math.max(1, delivery.settings().parallelization()), handover);
        signal();
    }

    private void open(int count, Handover<R> handover) {
        ShardReader<R> reader = new ShardReader<>(delivery.source(), delivery.streamArn(), shardId, count, handover);
        List<SlotConsumer<R>> next = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            next.add(new SlotConsumer<>(delivery, this, reader, i, checkpoint, notBefore));
        }
        slots = next;
    }

    private void save() {
        delivery.checkpoints().put(delivery.uuid(), shardId, new Checkpoint(checkpoint, finished));
    }
}
