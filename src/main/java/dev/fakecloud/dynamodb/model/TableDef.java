package dev.fakecloud.dynamodb.model;

import dev.fakecloud.dynamodb.model.Requests.AttributeDefinition;
import dev.fakecloud.dynamodb.model.Requests.KeySchemaElement;
import dev.fakecloud.dynamodb.model.Requests.Projection;
import dev.fakecloud.dynamodb.model.Requests.Tag;
import java.util.List;

/**
 * A DynamoDB table as stored: immutable, replaced as a whole on every change. {@code id} is unique per creation, so
 * the items of a deleted table never show up in a new one of the same name.
 */
public record TableDef(String account, String region, String name, String id, String arn, long createdMillis,
        List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema, String billingMode,
        long readCapacity, long writeCapacity, List<IndexDef> globalIndexes, List<IndexDef> localIndexes,
        boolean streamEnabled, String streamViewType, String streamArn, String streamLabel, String ttlAttribute,
        boolean ttlEnabled, List<Tag> tags, boolean deletionProtection, boolean pointInTimeRecovery,
        String tableClass) {

    public TableDef {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalIndexes = List.copyOf(globalIndexes);
        localIndexes = List.copyOf(localIndexes);
        tags = List.copyOf(tags);
    }

    /** A secondary index: its key, projection and (for GSIs) throughput. */
    public record IndexDef(String name, List<KeySchemaElement> keySchema, Projection projection, long readCapacity,
            long writeCapacity) {
    }

    public KeySchema key() {
        return schemaOf(keySchema);
    }

    public KeySchema schemaOf(List<KeySchemaElement> elements) {
        String hash = null;
        String range = null;
        for (KeySchemaElement e : elements) {
            if (e.keyType().equals("HASH")) {
                hash = e.attributeName();
            } else {
                range = e.attributeName();
            }
        }
        return new KeySchema(hash, typeOf(hash), range, range == null ? null : typeOf(range));
    }

    public String typeOf(String attribute) {
        for (AttributeDefinition d : attributeDefinitions) {
            if (d.attributeName().equals(attribute)) {
                return d.attributeType();
            }
        }
        return null;
    }

    public IndexDef index(String indexName) {
        for (IndexDef i : globalIndexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        for (IndexDef i : localIndexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        return null;
    }

    public boolean isGlobal(String indexName) {
        return globalIndexes.stream().anyMatch(i -> i.name().equals(indexName));
    }

    public String indexArn(String indexName) {
        return arn + "/index/" + indexName;
    }

    public TableDef withIndexes(List<IndexDef> globals) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema,
                billingMode, readCapacity, writeCapacity, globals, localIndexes, streamEnabled, streamViewType,
                streamArn, streamLabel, ttlAttribute, ttlEnabled, tags, deletionProtection, pointInTimeRecovery,
                tableClass);
    }

    public TableDef withAttributes(List<AttributeDefinition> definitions) {
        return new TableDef(account, region, name, id, arn, createdMillis, definitions, keySchema, billingMode,
                readCapacity, writeCapacity, globalIndexes, localIndexes, streamEnabled, streamViewType, streamArn,
                streamLabel, ttlAttribute, ttlEnabled, tags, deletionProtection, pointInTimeRecovery, tableClass);
    }

    public TableDef withBilling(String mode, long read, long write) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema, mode, read,
                write, globalIndexes, localIndexes, streamEnabled, streamViewType, streamArn, streamLabel,
                ttlAttribute, ttlEnabled, tags, deletionProtection, pointInTimeRecovery, tableClass);
    }

    public TableDef withStream(boolean enabled, String viewType, String arn2, String label) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema,
                billingMode, readCapacity, writeCapacity, globalIndexes, localIndexes, enabled, viewType, arn2, label,
                ttlAttribute, ttlEnabled, tags, deletionProtection, pointInTimeRecovery, tableClass);
    }

    public TableDef withTtl(String attribute, boolean enabled) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema,
                billingMode, readCapacity, writeCapacity, globalIndexes, localIndexes, streamEnabled, streamViewType,
                streamArn, streamLabel, attribute, enabled, tags, deletionProtection, pointInTimeRecovery, tableClass);
    }

    public TableDef withTags(List<Tag> newTags) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema,
                billingMode, readCapacity, writeCapacity, globalIndexes, localIndexes, streamEnabled, streamViewType,
                streamArn, streamLabel, ttlAttribute, ttlEnabled, newTags, deletionProtection, pointInTimeRecovery,
                tableClass);
    }

    public TableDef withProtection(boolean protection, boolean pitr, String clazz) {
        return new TableDef(account, region, name, id, arn, createdMillis, attributeDefinitions, keySchema,
                billingMode, readCapacity, writeCapacity, globalIndexes, localIndexes, streamEnabled, streamViewType,
                streamArn, streamLabel, ttlAttribute, ttlEnabled, tags, protection, pitr, clazz);
    }
}
