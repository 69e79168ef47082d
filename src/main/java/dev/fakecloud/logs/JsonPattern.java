package dev.fakecloud.logs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/**
 * The body of a JSON filter pattern ({@code $.a.b[0] = "x" && ($.n > 5 || $.flag IS TRUE)}), parsed by recursive
 * descent into a predicate over the event's JSON.
 */
final class JsonPattern {

    private final String text;
    private int pos;

    JsonPattern(String text) {
        this.text = text;
    }

    Predicate<JsonNode> parse() {
        Predicate<JsonNode> p = or();
        skip();
        if (pos != text.length()) {
            throw FilterPattern.invalid();
        }
        return p;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (accept("||")) {
            Predicate<JsonNode> l = left;
            Predicate<JsonNode> r = and();
            left = n -> l.test(n) || r.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = primary();
        while (accept("&&")) {
            Predicate<JsonNode> l = left;
            Predicate<JsonNode> r = primary();
            left = n -> l.test(n) && r.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> primary() {
        if (accept("(")) {
            Predicate<JsonNode> inner = or();
            if (!accept(")")) {
                throw FilterPattern.invalid();
            }
            return inner;
        }
        skip();
        if (!text.startsWith("$", pos)) {
            throw FilterPattern.invalid();
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "=!<>)&|".indexOf(text.charAt(pos))
                < 0) {
            pos++;
        }
        String selector = text.substring(start, pos);
        if (accept("IS NULL")) {
            return n -> {
                JsonNode v = select(n, selector);
                return v != null && v.isNull();
            };
        }
        if (accept("NOT EXISTS")) {
            return n -> select(n, selector) == null;
        }
        if (accept("IS TRUE")) {
            return n -> {
                JsonNode v = select(n, selector);
                return v != null && v.isBoolean() && v.booleanValue();
            };
        }
        if (accept("IS FALSE")) {
            return n -> {
                JsonNode v = select(n, selector);
                return v != null && v.isBoolean() && !v.booleanValue();
            };
        }
        String op = null;
        for (String candidate : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
            if (accept(candidate)) {
                op = candidate;
                break;
            }
        }
        if (op == null) {
            throw FilterPattern.invalid();
        }
        skip();
        String value;
        boolean number = false;
        if (pos < text.length() && text.charAt(pos) == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) {
                throw FilterPattern.invalid();
            }
            value = text.substring(pos + 1, end);
            pos = end + 1;
        } else {
            int s = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "&|)".indexOf(text.charAt(pos))
                    < 0) {
                pos++;
            }
            value = text.substring(s, pos);
            if (value.isEmpty()) {
                throw FilterPattern.invalid();
            }
            try {
                Double.parseDouble(value);
                number = true;
            } catch (NumberFormatException e) {
                number = false;
            }
        }
        String operator = op;
        String expected = value;
        boolean numeric = number;
        if (!numeric && !operator.equals("=") && !operator.equals("!=")) {
            throw FilterPattern.invalid();
        }
        return n -> {
            JsonNode v = select(n, selector);
            if (v == null || v.isContainerNode()) {
                return false;
            }
            return FilterPattern.compare(v.isNull() ? "null" : v.asText(), operator, expected, numeric);
        };
    }

    /** The node at {@code $.a.b[0].c}, or null when absent. */
    static JsonNode select(JsonNode root, String selector) {
        JsonNode node = root;
        int i = 1;
        while (i < selector.length() && node != null) {
            char c = selector.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < selector.length() && selector.charAt(end) != '.' && selector.charAt(end) != '[') {
                    end++;
                }
                node = node.get(selector.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = selector.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                String index = selector.substring(i + 1, end);
                node = index.equals("*") ? node : node.get(Integer.parseInt(index));
                i = end + 1;
            } else {
                return null;
            }
        }
        return node;
    }

    private boolean accept(String token) {
        skip();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
