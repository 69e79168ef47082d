package dev.fakecloud.dynamodb.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The DynamoDB values Jackson reads and writes outside request records (the journal's rows, error members), kept
 * for reflection in a native image.
 */
@RegisterForReflection(targets = {TableDef.class, TableDef.IndexDef.class, KeySchema.class,
        DynamoErrors.CancellationReason.class, ValueCodec.Reader.class, ValueCodec.Writer.class, Value.S.class,
        Value.N.class, Value.B.class, Value.Bool.class, Value.Null.class, Value.M.class, Value.L.class,
        Value.Set.class}, registerFullHierarchy = true)
final class StoredShapes {

    private StoredShapes() {
    }
}
