package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A FIFO deduplication id (prefixed by its group with message-group scope) of one queue incarnation. */
@RegisterForReflection
public record DedupKey(String queue, String key) {

    // written out rather than generated: these keys are looked up on every request
    @Override
    public boolean equals(Object o) {
        return o instanceof DedupKey k && queue.equals(k.queue) && key.equals(k.key);
    }

    @Override
    public int hashCode() {
        return 31 * queue.hashCode() + key.hashCode();
    }
}
