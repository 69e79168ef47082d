package dev.fakecloud.dynamodb.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A primary key (of a table or an index): the partition key and optionally the sort key, with their types. */
public record KeySchema(String hashName, String hashType, String rangeName, String rangeType) {

    public boolean hasRange() {
        return rangeName != null;
    }

    /** The key attributes of an item (null when it lacks one of them: an index skips such items). */
    public Map<String, Value> keyOf(Map<String, Value> item) {
        Value h = item.get(hashName);
        if (h == null || !h.type().equals(hashType)) {
            return null;
        }
        Map<String, Value> key = new LinkedHashMap<>();
        key.put(hashName, h);
        if (hasRange()) {
            Value r = item.get(rangeName);
            if (r == null || !r.type().equals(rangeType)) {
                return null;
            }
            key.put(rangeName, r);
        }
        return key;
    }

    public boolean isKey(String attribute) {
        return attribute.equals(hashName) || attribute.equals(rangeName);
    }
}
