package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.dynamodb.model.Value;
import java.util.Map;

/**
 * One change of one item as a stream holds it. Images are present as the stream's view type asks; {@code byTtl}
 * marks a deletion by time to live (AWS adds the service's {@code userIdentity}).
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record ChangeRecord(String eventId, String eventName, long sequence, long createdMillis,
        Map<String, Value> keys, Map<String, Value> newImage, Map<String, Value> oldImage, long sizeBytes,
        String viewType, String region, boolean byTtl) {

    /** The sequence number as AWS spells it: a decimal string. */
    public String sequenceNumber() {
        return Long.toString(sequence);
    }
}
