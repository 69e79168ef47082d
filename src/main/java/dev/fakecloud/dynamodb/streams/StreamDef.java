package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.dynamodb.model.Requests.KeySchemaElement;
import java.util.List;

/**
 * One stream of a table: it lives on (DISABLED, readable) after the table stops streaming or is deleted, until its
 * records age out. It has one shard; {@code endSequence} is set when the shard closed.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record StreamDef(String arn, String label, String tableName, String tableId, String account, String region,
        List<KeySchemaElement> keySchema, String viewType, long createdMillis, String shardId, long startSequence,
        boolean enabled, Long endSequence) {

    public StreamDef {
        keySchema = List.copyOf(keySchema);
    }

    StreamDef disabled(long lastSequence) {
        return new StreamDef(arn, label, tableName, tableId, account, region, keySchema, viewType, createdMillis,
                shardId, startSequence, false, lastSequence);
    }
}
