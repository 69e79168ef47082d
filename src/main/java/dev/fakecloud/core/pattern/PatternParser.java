package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a pattern's JSON tree into its compiled form, enforcing the language's rules: the pattern and every nested
 * level are non-empty objects, every leaf is a non-empty array of values and operator objects, {@code $or} is an
 * array of at least two non-empty objects.
 */
final class PatternParser {

    static final String OR = "$or";

    private PatternParser() {
    }

    static ObjectCondition parseRoot(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidEventPatternException("Filter is not an object");
        }
        return parseObject(root);
    }

    private static ObjectCondition parseObject(JsonNode object) {
        if (object.isEmpty()) {
            throw new InvalidEventPatternException("Empty objects are not allowed");
        }
        List<String> names = new ArrayList<>();
        List<FieldCondition> conditions = new ArrayList<>();
        List<ObjectCondition[]> ors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals(OR) && isOrClause(value)) {
                ors.add(parseOr(value));
            } else if (value.isObject()) {
                names.add(name);
                conditions.add(parseObject(value));
            } else if (value.isArray()) {
                names.add(name);
                conditions.add(parseLeaf(value));
            } else {
                throw new InvalidEventPatternException("\"" + name + "\" must be an object or an array");
            }
        }
        return new ObjectCondition(names.toArray(String[]::new), conditions.toArray(FieldCondition[]::new),
                ors.toArray(ObjectCondition[][]::new));
    }

    /** A {@code $or} whose array holds objects; an array of plain values is an ordinary field named "$or". */
    private static boolean isOrClause(JsonNode value) {
        return value.isArray() && !value.isEmpty() && value.get(0).isObject();
    }

    private static ObjectCondition[] parseOr(JsonNode alternatives) {
        if (alternatives.size() < 2) {
            throw new InvalidEventPatternException("There must have at least 2 Json objects in the $or array");
        }
        ObjectCondition[] parsed = new ObjectCondition[alternatives.size()];
        for (int i = 0; i < parsed.length; i++) {
            JsonNode alternative = alternatives.get(i);
            if (!alternative.isObject()) {
                throw new InvalidEventPatternException("Elements of the $or array must be objects");
            }
            parsed[i] = parseObject(alternative);
        }
        return parsed;
    }

    private static LeafCondition parseLeaf(JsonNode array) {
        if (array.isEmpty()) {
            throw new InvalidEventPatternException("Empty arrays are not allowed");
        }
        OperatorParser.ExactValuesBuilder values = new OperatorParser.ExactValuesBuilder();
        List<ValueMatcher> matchers = new ArrayList<>();
        boolean existsTrue = false;
        boolean existsFalse = false;
        for (JsonNode element : array) {
            if (element.isObject()) {
                Map.Entry<String, JsonNode> operator = OperatorParser.single(element);
                if (operator.getKey().equals("exists")) {
                    if (OperatorParser.exists(operator.getValue())) {
                        existsTrue = true;
                    } else {
                        existsFalse = true;
                    }
                } else {
                    matchers.add(OperatorParser.parse(operator.getKey(), operator.getValue()));
                }
            } else {
                values.add(element);
            }
        }
        if (!values.isEmpty()) {
            matchers.add(0, values.build());
        }
        return new LeafCondition(matchers.toArray(ValueMatcher[]::new), existsTrue, existsFalse);
    }
}
