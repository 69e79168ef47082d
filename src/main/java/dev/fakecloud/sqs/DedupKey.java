package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A FIFO deduplication id (prefixed by its group with message-group scope) of one queue incarnation. */
@RegisterForReflection
public record DedupKey(String queue, String key) {
}
