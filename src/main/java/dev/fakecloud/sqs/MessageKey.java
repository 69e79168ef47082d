package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A message of one queue incarnation ({@link QueueRecord#id()}), as its rows are keyed in the state store. */
@RegisterForReflection
public record MessageKey(String queue, String id) {

    // written out rather than generated: these keys are looked up on every request
    @Override
    public boolean equals(Object o) {
        return o instanceof MessageKey k && queue.equals(k.queue) && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return 31 * queue.hashCode() + id.hashCode();
    }
}
