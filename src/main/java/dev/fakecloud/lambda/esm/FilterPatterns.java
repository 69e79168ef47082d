package dev.fakecloud.lambda.esm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a filter {@code Pattern} is a well-formed event pattern: a JSON object whose fields hold either nested
 * objects or non-empty arrays of values and comparison operators ({@code prefix}, {@code suffix},
 * {@code equals-ignore-case}, {@code anything-but}, {@code numeric}, {@code exists}, {@code cidr},
 * {@code wildcard}), optionally combined with {@code $or}.
 */
public final class FilterPatterns {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> LOWER_BOUNDS = Set.of(">", ">=");
    private static final Set<String> UPPER_BOUNDS = Set.of("<", "<=");

    private FilterPatterns() {
    }

    public static boolean valid(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return false;
        }
        JsonNode root;
        try {
            root = JSON.readTree(pattern);
        } catch (JsonProcessingException e) {
            return false;
        }
        return root != null && validObject(root);
    }

    private static boolean validObject(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            boolean ok;
            if ("$or".equals(field.getKey())) {
                ok = validAlternatives(value);
            } else if (value.isObject()) {
                ok = validObject(value);
            } else {
                ok = validMatchers(value);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean validAlternatives(JsonNode value) {
        if (!value.isArray() || value.size() < 2) {
            return false;
        }
        for (JsonNode alternative : value) {
            if (!validObject(alternative)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validMatchers(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode matcher : value) {
            if (matcher.isObject() ? !validOperator(matcher) : matcher.isArray()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validOperator(JsonNode operator) {
        if (operator.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonNode> entry = operator.fields().next();
        JsonNode arg = entry.getValue();
        return switch (entry.getKey()) {
            case "prefix", "suffix" -> arg.isTextual() || ignoringCase(arg);
            case "equals-ignore-case", "cidr", "wildcard" -> arg.isTextual();
            case "exists" -> arg.isBoolean();
            case "numeric" -> validNumeric(arg);
            case "anything-but" -> validAnythingBut(arg);
            default -> false;
        };
    }

    private static boolean ignoringCase(JsonNode arg) {
        return arg.isObject() && arg.size() == 1 && arg.path("equals-ignore-case").isTextual();
    }

    private static boolean validAnythingBut(JsonNode arg) {
        if (arg.isTextual() || arg.isNumber()) {
            return true;
        }
        if (arg.isArray()) {
            if (arg.isEmpty()) {
                return false;
            }
            for (JsonNode v : arg) {
                if (!v.isTextual() && !v.isNumber()) {
                    return false;
                }
            }
            return true;
        }
        if (arg.isObject() && arg.size() == 1) {
            Map.Entry<String, JsonNode> inner = arg.fields().next();
            JsonNode v = inner.getValue();
            return switch (inner.getKey()) {
                case "prefix", "suffix", "wildcard" -> v.isTextual();
                case "equals-ignore-case" -> v.isTextual() || (v.isArray() && !v.isEmpty() && allText(v));
                default -> false;
            };
        }
        return false;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** {@code ["=", 5]}, {@code [">", 0]}, or a range {@code [">=", 0, "<", 10]}. */
    private static boolean validNumeric(JsonNode arg) {
        if (!arg.isArray()) {
            return false;
        }
        if (arg.size() == 2) {
            String op = arg.get(0).asText();
            return arg.get(0).isTextual() && arg.get(1).isNumber()
                    && ("=".equals(op) || LOWER_BOUNDS.contains(op) || UPPER_BOUNDS.contains(op));
        }
        if (arg.size() == 4) {
            return arg.get(0).isTextual() && LOWER_BOUNDS.contains(arg.get(0).asText()) && arg.get(1).isNumber()
                    && arg.get(2).isTextual() && UPPER_BOUNDS.contains(arg.get(2).asText()) && arg.get(3).isNumber()
                    && arg.get(1).decimalValue().compareTo(arg.get(3).decimalValue()) < 0;
        }
        return false;
    }
}
