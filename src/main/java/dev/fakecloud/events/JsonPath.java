package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath EventBridge accepts in {@code InputPath} and {@code InputPathsMap}: {@code $}, then members
 * ({@code .name} or {@code ['name']}) and array indexes ({@code [0]}). Compiled once, evaluated per event.
 */
public final class JsonPath {

    private final String text;
    private final List<Object> steps;

    private JsonPath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** Compiles a path; null when it is not one EventBridge accepts. */
    public static JsonPath parse(String text) {
        if (text == null || !text.startsWith("$")) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                steps.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                String inside = text.substring(i + 1, close).trim();
                if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                        || inside.startsWith("\"") && inside.endsWith("\""))) {
                    steps.add(inside.substring(1, inside.length() - 1));
                } else if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
                    steps.add(Integer.parseInt(inside));
                } else {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return new JsonPath(text, List.copyOf(steps));
    }

    /** The value at this path, or null when the event has none there. */
    public JsonNode read(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? (node.isArray() ? node.get(index) : null) : node.get((String) step);
        }
        return node == null || node.isMissingNode() ? null : node;
    }

    @Override
    public String toString() {
        return text;
    }
}
