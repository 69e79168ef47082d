package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where each stream mapping stands in each shard, in the state store, so that delivery resumes where it stopped
 * after a restart: the sequence number of the last record done with (delivered, or given up on), and whether the
 * shard is finished (closed and read to its end, so its children may start).
 */
@Startup
@ApplicationScoped
public class StreamCheckpoints {

    /** A mapping's position in one shard. */
    public record Key(String mappingUuid, String shardId) {
    }

    /**
     * @param sequenceNumber the last record done with, or null when none yet (start of the shard)
     */
    public record Checkpoint(String sequenceNumber, boolean finished) {
    }

    private final Table<Key, Checkpoint> checkpoints;

    public StreamCheckpoints(StateStore store) {
        this.checkpoints = store.table("lambda.stream-checkpoints", Key.class, Checkpoint.class);
    }

    public Checkpoint get(String mappingUuid, String shardId) {
        return checkpoints.get(new Key(mappingUuid, shardId));
    }

    public void put(String mappingUuid, String shardId, Checkpoint checkpoint) {
        checkpoints.put(new Key(mappingUuid, shardId), checkpoint);
    }

    /** Forgets a mapping's positions (it was deleted). */
    public void drop(String mappingUuid) {
        checkpoints.removeIf((k, v) -> k.mappingUuid().equals(mappingUuid));
    }
}
