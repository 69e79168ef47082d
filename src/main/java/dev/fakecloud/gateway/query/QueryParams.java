package dev.fakecloud.gateway.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Query-protocol parameters into the JSON document the service's request records are read from, so that a
 * service declares its requests once. Lists and maps come in two spellings: wrapped, as most Query services send
 * them ({@code Tags.member.1.Key}, {@code Attributes.entry.1.key}, {@code MessageAttributes.entry.1.Name}), which is
 * read without any help; and flattened ({@code Attribute.1.Name}, {@code TagKey.1}), which a service names in its
 * {@link Flattened} table because the wire name differs from the member name.
 */
public final class QueryParams {

    /**
     * A service's flattened members.
     *
     * @param lists wire prefix to the member the list fills, e.g. {@code AttributeName} to {@code AttributeNames}
     * @param maps wire prefix to the map it fills and the names of an entry's key and value
     */
    public record Flattened(Map<String, String> lists, Map<String, MapSpec> maps) {

        /** A service that sends no flattened members. */
        public static final Flattened NONE = new Flattened(Map.of(), Map.of());
    }

    /**
     * A flattened map: the member it fills and the element names of an entry's key and value.
     *
     * @param structured whether values are structures (an entry sent without a value then reads as an empty
     *     structure, which the service's rules refuse, rather than as an empty string)
     */
    public record MapSpec(String member, String key, String value, boolean structured) {

        public MapSpec(String member, String key, String value) {
            this(member, key, value, false);
        }
    }

    /**
     * No Query parameter name of any service has more dot-separated segments than this; longer names are unknown
     * parameters, ignored as AWS ignores those, so a hostile name can never nest deeper.
     */
    static final int MAX_SEGMENTS = 8;

    private static final String[] ENTRY_KEYS = {"key", "Name", "Key"};
    private static final String[] ENTRY_VALUES = {"value", "Value"};

    private QueryParams() {
    }

    /** The parameters (but {@code Action} and {@code Version}) as a JSON object. */
    public static ObjectNode toJson(ObjectMapper mapper, Map<String, List<String>> params, Flattened flattened) {
        ObjectNode tree = mapper.createObjectNode();
        params.forEach((key, values) -> {
            String[] path = key.split("\\.", MAX_SEGMENTS + 1);
            if (!key.equals("Action") && !key.equals("Version") && !values.isEmpty() && path.length <= MAX_SEGMENTS) {
                put(tree, path, 0, values.get(0));
            }
        });
        return (ObjectNode) normalize(mapper, tree, flattened);
    }

    private static void put(ObjectNode node, String[] path, int i, String value) {
        if (i == path.length - 1) {
            if (!(node.get(path[i]) instanceof ObjectNode)) {
                node.put(path[i], value);
            }
            return;
        }
        JsonNode child = node.get(path[i]);
        if (!(child instanceof ObjectNode)) {
            child = node.putObject(path[i]);
        }
        put((ObjectNode) child, path, i + 1, value);
    }

    /** Turns indexed objects into arrays and maps, recursively. */
    private static JsonNode normalize(ObjectMapper mapper, JsonNode node, Flattened flattened) {
        if (!(node instanceof ObjectNode obj)) {
            return node;
        }
        if (obj.size() == 1 && obj.get("member") instanceof ObjectNode members) {
            ArrayNode list = mapper.createArrayNode();
            ordered(members).values().forEach(v -> list.add(normalize(mapper, v, flattened)));
            return list;
        }
        if (obj.size() == 1 && obj.get("entry") instanceof ObjectNode entries) {
            return entries(mapper, entries, ENTRY_KEYS, ENTRY_VALUES, false, flattened);
        }
        ObjectNode out = mapper.createObjectNode();
        obj.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (flattened.lists().containsKey(name) && value instanceof ObjectNode indexed) {
                ArrayNode list = out.putArray(flattened.lists().get(name));
                ordered(indexed).values().forEach(v -> list.add(normalize(mapper, v, flattened)));
            } else if (flattened.maps().containsKey(name) && value instanceof ObjectNode indexed) {
                MapSpec spec = flattened.maps().get(name);
                out.set(spec.member(), entries(mapper, indexed, new String[] {spec.key()},
                        new String[] {spec.value()}, spec.structured(), flattened));
            } else {
                out.set(name, normalize(mapper, value, flattened));
            }
        });
        return out;
    }

    /** A map from indexed entries; an entry sent with a key and no value holds an empty value, never null. */
    private static ObjectNode entries(ObjectMapper mapper, ObjectNode indexed, String[] keys, String[] values,
            boolean structured, Flattened flattened) {
        ObjectNode map = mapper.createObjectNode();
        ordered(indexed).values().forEach(entry -> {
            JsonNode key = first(entry, keys);
            if (key != null) {
                JsonNode v = first(entry, values);
                JsonNode absent = structured ? mapper.createObjectNode() : mapper.getNodeFactory().textNode("");
                map.set(key.asText(), v == null ? absent : normalize(mapper, v, flattened));
            }
        });
        return map;
    }

    private static JsonNode first(JsonNode entry, String[] names) {
        for (String name : names) {
            JsonNode v = entry.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
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
