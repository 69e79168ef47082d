package dev.fakecloud.sns.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.core.pattern.InvalidEventPatternException;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A subscription's filter policy, compiled once: the product's event-pattern matcher applied either to the message
 * attributes (String values as strings, Number values as numbers, String.Array values as arrays whose elements
 * each may match, Binary values ignored) or to the message body, a JSON object in which SNS reads {@code a.b} and
 * {@code {"a": {"b": ..}}} alike and looks through arrays of arrays.
 */
public final class FilterPolicy {

    /** What the policy is matched against. */
    public enum Scope {
        MESSAGE_ATTRIBUTES("MessageAttributes"), MESSAGE_BODY("MessageBody");

        public final String wire;

        Scope(String wire) {
            this.wire = wire;
        }

        /** The scope named by a {@code FilterPolicyScope} value, or null. */
        public static Scope of(String wire) {
            for (Scope s : values()) {
                if (s.wire.equals(wire)) {
                    return s;
                }
            }
            return null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Scope scope;
    private final EventPattern pattern;

    private FilterPolicy(Scope scope, EventPattern pattern) {
        this.scope = scope;
        this.pattern = pattern;
    }

    /** Parses and checks a policy as SNS does; a policy SNS refuses throws {@link InvalidFilterPolicyException}. */
    public static FilterPolicy parse(String json, Scope scope) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFilterPolicyException("failed to parse JSON. " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidFilterPolicyException("Filter policy must be a JSON object");
        }
        FilterPolicyRules.check(tree);
        JsonNode compiled = scope == Scope.MESSAGE_BODY ? Flattening.expand(tree) : tree;
        EventPattern pattern;
        try {
            pattern = EventPattern.parse(compiled.toString());
        } catch (InvalidEventPatternException e) {
            throw new InvalidFilterPolicyException(e.getMessage());
        }
        FilterPolicyRules.checkScope(tree, scope);
        return new FilterPolicy(scope, pattern);
    }

    public Scope scope() {
        return scope;
    }

    /**
     * Whether a message passes: its attributes, or its body (the message the subscriber's protocol gets), which must
     * then be a JSON object.
     */
    public boolean matches(Map<String, MessageAttributeValue> attributes, String body) {
        if (scope == Scope.MESSAGE_ATTRIBUTES) {
            return pattern.matches(attributeEvent(attributes));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return false;
        }
        return tree != null && tree.isObject() && pattern.matches(Flattening.expand(tree));
    }

    private static ObjectNode attributeEvent(Map<String, MessageAttributeValue> attributes) {
        ObjectNode event = NODES.objectNode();
        attributes.forEach((name, a) -> {
            String type = a.dataType();
            if (type.startsWith("Number")) {
                try {
                    event.set(name, NODES.numberNode(new BigDecimal(a.stringValue())));
                } catch (NumberFormatException e) {
                    event.put(name, a.stringValue());
                }
            } else if (type.equals("String.Array")) {
                event.set(name, array(a.stringValue()));
            } else if (type.startsWith("String")) {
                event.put(name, a.stringValue());
            }
        });
        return event;
    }

    private static JsonNode array(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            if (node instanceof ArrayNode) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // not an array: matched as the string it is
        }
        return NODES.textNode(value);
    }
}
