package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A FIFO send remembered for the 5-minute deduplication window: a duplicate reports this message. */
@RegisterForReflection
public record Deduplicated(long until, String messageId, String sequenceNumber) {
}
