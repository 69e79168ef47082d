package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Sizes;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an item and a key must be for a table: AWS's checks and its words. */
final class ItemRules {

    private ItemRules() {
    }

    /** A whole item about to be stored. */
    static void checkItem(TableDef t, Map<String, Value> item) {
        if (item == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at 'item' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        KeySchema k = t.key();
        checkKeyAttribute(item, k.hashName(), k.hashType(), true);
        if (k.hasRange()) {
            checkKeyAttribute(item, k.rangeName(), k.rangeType(), true);
        }
        List<IndexDef> indexes = new ArrayList<>(t.globalIndexes());
        indexes.addAll(t.localIndexes());
        for (IndexDef i : indexes) {
            KeySchema ik = t.schemaOf(i.keySchema());
            checkIndexAttribute(item, ik.hashName(), ik.hashType(), i.name());
            if (ik.hasRange()) {
                checkIndexAttribute(item, ik.rangeName(), ik.rangeType(), i.name());
            }
        }
        if (Sizes.item(item) > Sizes.MAX_ITEM_BYTES) {
            throw DynamoErrors.itemTooLarge();
        }
    }

    private static void checkKeyAttribute(Map<String, Value> item, String name, String type, boolean inItem) {
        Value v = item.get(name);
        if (v == null) {
            throw DynamoErrors.invalidParameter("Missing the key " + name + " in the item");
        }
        if (!v.type().equals(type)) {
            throw DynamoErrors.invalidParameter("Type mismatch for key " + name + " expected: " + type + " actual: "
                    + v.type());
        }
        checkNotEmpty(name, v);
    }

    private static void checkNotEmpty(String name, Value v) {
        if ((v instanceof Value.S s && s.value().isEmpty()) || (v instanceof Value.B b && b.base64().isEmpty())) {
            throw DynamoErrors.validation("One or more parameter values are not valid. The AttributeValue for a key "
                    + "attribute cannot contain an empty " + (v instanceof Value.S ? "string" : "binary")
                    + " value. Key: " + name);
        }
    }

    private static void checkIndexAttribute(Map<String, Value> item, String name, String type, String index) {
        Value v = item.get(name);
        if (v == null) {
            return;
        }
        if (!v.type().equals(type)) {
            throw DynamoErrors.invalidParameter("Type mismatch for Index Key " + name + " Expected: " + type
                    + " Actual: " + v.type() + " IndexName: " + index);
        }
        if ((v instanceof Value.S s && s.value().isEmpty()) || (v instanceof Value.B b && b.base64().isEmpty())) {
            throw DynamoErrors.validation("One or more parameter values are not valid. A value specified for a "
                    + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an "
                    + "empty " + (v instanceof Value.S ? "string" : "binary") + " value. IndexName: " + index
                    + ", IndexKey: " + name);
        }
    }

    /** A key naming exactly the table's key attributes, with their types. */
    static void checkKey(TableDef t, Map<String, Value> key) {
        if (key == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at 'key' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        KeySchema k = t.key();
        int expected = k.hasRange() ? 2 : 1;
        Value h = key.get(k.hashName());
        Value r = k.hasRange() ? key.get(k.rangeName()) : null;
        if (key.size() != expected || h == null || !h.type().equals(k.hashType())
                || (k.hasRange() && (r == null || !r.type().equals(k.rangeType())))) {
            throw DynamoErrors.keyMismatch();
        }
        checkNotEmpty(k.hashName(), h);
        if (r != null) {
            checkNotEmpty(k.rangeName(), r);
        }
    }
}
