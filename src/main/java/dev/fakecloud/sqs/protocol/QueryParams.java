package dev.fakecloud.sqs.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns Query-protocol parameters ({@code Attribute.1.Name}, {@code MessageAttribute.1.Value.StringValue},
 * {@code SendMessageBatchRequestEntry.2.Id}, ...) into the JSON document the JSON protocol would have sent, so
 * both protocols map onto the same request records.
 */
public final class QueryParams {

    /** Flattened list prefixes and the JSON member they fill. */
    private static final Map<String, String> LISTS = Map.of("AttributeName", "AttributeNames",
            "MessageAttributeName", "MessageAttributeNames", "MessageSystemAttributeName",
            "MessageSystemAttributeNames", "TagKey", "TagKeys", "AWSAccountId", "AWSAccountIds", "ActionName", "Actions",
            "SendMessageBatchRequestEntry", "Entries", "DeleteMessageBatchRequestEntry", "Entries",
            "ChangeMessageVisibilityBatchRequestEntry", "Entries");
    /** Flattened map prefixes: JSON member, key element, value element. */
    private static final Map<String, String[]> MAPS = Map.of("Attribute", new String[] {"Attributes", "Name", "Value"},
            "MessageAttribute", new String[] {"MessageAttributes", "Name", "Value"}, "MessageSystemAttribute",
            new String[] {"MessageSystemAttributes", "Name", "Value"}, "Tag", new String[] {"Tags", "Key", "Value"});
    /**
     * No SQS parameter name has more dot-separated segments than this (the deepest,
     * {@code MessageAttribute.1.Value.StringListValue.1}, has five); longer names are unknown parameters, ignored as
     * AWS ignores those, and never nest deeper.
     */
    private static final int MAX_SEGMENTS = 8;
    /** Flattened maps whose values are structures rather than strings. */
    private static final Set<String> STRUCTURE_VALUED = Set.of("MessageAttribute", "MessageSystemAttribute");

    private QueryParams() {
    }

    public static ObjectNode toJson(ObjectMapper mapper, Map<String, List<String>> params, String action) {
        ObjectNode tree = mapper.createObjectNode();
        params.forEach((key, values) -> {
            String[] path = key.split("\\.", MAX_SEGMENTS + 1);
            boolean member = !key.equals("Action") && !key.equals("Version") && path.length <= MAX_SEGMENTS;
            if (member && !values.isEmpty()) {
                put(tree, path, 0, values.get(0));
            }
        });
        ObjectNode out = (ObjectNode) normalize(mapper, tree);
        if ("CreateQueue".equals(action) && out.has("Tags")) {
            out.set("tags", out.remove("Tags"));
        }
        return out;
    }

    private static void put(ObjectNode node, String[] path, int i, String value) {
        if (i == path.length - 1) {
            node.put(path[i], value);
            return;
        }
        JsonNode child = node.get(path[i]);
        if (!(child instanceof ObjectNode)) {
            child = node.putObject(path[i]);
        }
        put((ObjectNode) child, path, i + 1, value);
    }

    /** Renames flattened lists and maps (objects keyed 1, 2, ...) to their JSON members, recursively. */
    private static JsonNode normalize(ObjectMapper mapper, JsonNode node) {
        if (!(node instanceof ObjectNode obj)) {
            return node;
        }
        ObjectNode out = mapper.createObjectNode();
        obj.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (LISTS.containsKey(name) && value instanceof ObjectNode indexed) {
                ArrayNode list = out.putArray(LISTS.get(name));
                ordered(indexed).values().forEach(v -> list.add(normalize(mapper, v)));
            } else if (MAPS.containsKey(name) && value instanceof ObjectNode indexed) {
                String[] spec = MAPS.get(name);
                ObjectNode map = out.putObject(spec[0]);
                ordered(indexed).values().forEach(entry -> {
                    JsonNode key = entry.get(spec[1]);
                    if (key != null) {
                        JsonNode v = entry.get(spec[2]);
                        map.set(key.asText(), v == null ? absentValue(mapper, name) : normalize(mapper, v));
                    }
                });
            } else {
                out.set(name, normalize(mapper, value));
            }
        });
        return out;
    }

    /**
     * The value of a map entry sent with a name and no value: an attribute value with no members (which the
     * message rules then refuse) or an empty string; never {@code null}, which no AWS map holds.
     */
    private static JsonNode absentValue(ObjectMapper mapper, String map) {
        return STRUCTURE_VALUED.contains(map) ? mapper.createObjectNode() : mapper.getNodeFactory().textNode("");
    }

    private static Map<Integer, JsonNode> ordered(ObjectNode indexed) {
        Map<Integer, JsonNode> byIndex = new TreeMap<>();
        indexed.fields().forEachRemaining(e -> {
            try {
                byIndex.put(Integer.parseInt(e.getKey()), e.getValue());
            } catch (NumberFormatException ignored) {
                // not a list index: ignored as AWS ignores unknown parameters
            }
        });
        return byIndex;
    }
}
