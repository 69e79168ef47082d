package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A message of one queue incarnation ({@link QueueRecord#id()}), as its rows are keyed in the state store. */
@RegisterForReflection
public record MessageKey(String queue, String id) {
}
