package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An object level of a pattern: every named field must match, and when the level has a {@code $or}, at least one
 * of its alternatives (each itself an object-level pattern evaluated against the same event object) must match.
 */
final class ObjectCondition implements FieldCondition {

    private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

    private final String[] names;
    private final FieldCondition[] conditions;
    private final ObjectCondition[][] ors;

    ObjectCondition(String[] names, FieldCondition[] conditions, ObjectCondition[][] ors) {
        this.names = names;
        this.conditions = conditions;
        this.ors = ors;
    }

    /** Matches an event object (any non-object is seen as an object without fields). */
    boolean matchesObject(JsonNode event) {
        JsonNode object = event != null && event.isObject() ? event : EMPTY;
        for (int i = 0; i < names.length; i++) {
            if (!conditions[i].matchesField(object.get(names[i]))) {
                return false;
            }
        }
        for (ObjectCondition[] alternatives : ors) {
            if (!anyMatches(alternatives, object)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyMatches(ObjectCondition[] alternatives, JsonNode object) {
        for (ObjectCondition alternative : alternatives) {
            if (alternative.matchesObject(object)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A nested pattern applied to a field: an array of objects matches when one element matches as a whole (fields
     * are never combined across elements); a missing field, a scalar or an array without objects is seen as an
     * object without fields, so only conditions like {@code exists: false} can match it.
     */
    @Override
    public boolean matchesField(JsonNode value) {
        if (value != null && value.isArray()) {
            boolean sawObject = false;
            for (int i = 0, n = value.size(); i < n; i++) {
                JsonNode element = value.get(i);
                if (element.isObject()) {
                    sawObject = true;
                    if (matchesObject(element)) {
                        return true;
                    }
                }
            }
            return !sawObject && matchesObject(EMPTY);
        }
        return matchesObject(value);
    }
}
