package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A queue by region and name, as its row is keyed in the state store. */
@RegisterForReflection
public record QueueKey(String region, String name) {
}
