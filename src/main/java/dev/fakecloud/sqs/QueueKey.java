package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A queue by region and name, as its row is keyed in the state store. */
@RegisterForReflection
public record QueueKey(String region, String name) {

    // written out rather than generated: these keys are looked up on every request
    @Override
    public boolean equals(Object o) {
        return o instanceof QueueKey k && region.equals(k.region) && name.equals(k.name);
    }

    @Override
    public int hashCode() {
        return 31 * region.hashCode() + name.hashCode();
    }
}
