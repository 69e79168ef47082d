package dev.fakecloud.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How SNS reads message bodies (and body-scope policies): a key with dots is the path it spells
 * ({@code {"a.b": 1}} is {@code {"a": {"b": 1}}}), keys meeting on one path are merged, and arrays of arrays are one
 * array.
 */
final class Flattening {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Flattening() {
    }

    static JsonNode expand(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode value = expand(e.getValue());
                if (e.getKey().equals("$or")) {
                    out.set("$or", value);
                } else {
                    insert(out, e.getKey().split("\\."), 0, value);
                }
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : array) {
                JsonNode value = expand(element);
                if (value instanceof ArrayNode inner) {
                    out.addAll(inner);
                } else {
                    out.add(value);
                }
            }
            return out;
        }
        return node;
    }

    private static void insert(ObjectNode into, String[] path, int i, JsonNode value) {
        String key = path[i];
        JsonNode existing = into.get(key);
        if (i == path.length - 1) {
            into.set(key, existing == null ? value : combine(existing, value));
            return;
        }
        ObjectNode child;
        if (existing instanceof ObjectNode object) {
            child = object;
        } else {
            child = NODES.objectNode();
            into.set(key, existing == null ? child : combine(existing, child));
        }
        insert(child, path, i + 1, value);
    }

    private static JsonNode combine(JsonNode a, JsonNode b) {
        if (a instanceof ObjectNode x && b instanceof ObjectNode y) {
            y.properties().forEach(e -> insert(x, new String[] {e.getKey()}, 0, e.getValue()));
            return x;
        }
        ArrayNode both = NODES.arrayNode();
        for (JsonNode n : new JsonNode[] {a, b}) {
            if (n instanceof ArrayNode array) {
                both.addAll(array);
            } else {
                both.add(n);
            }
        }
        return both;
    }
}
