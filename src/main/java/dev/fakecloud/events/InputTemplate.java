package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code InputTransformer}'s {@code InputTemplate}: text with {@code <name>} placeholders filled from the
 * {@code InputPathsMap} and the predefined {@code aws.events.*} values, with AWS's rules. Inside a JSON string
 * ({@code "... <name> ..."}) a value goes in as text (strings without quotes, objects and arrays in a compact
 * unquoted form, a missing value as nothing); elsewhere it goes in as JSON (a missing value as {@code null}).
 */
final class InputTemplate {

    static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_\\-.]+)>");
    static final Set<String> PREDEFINED = Set.of("aws.events.rule-arn", "aws.events.rule-name",
            "aws.events.event.ingestion-time", "aws.events.event", "aws.events.event.json");

    private InputTemplate() {
    }

    /** The placeholders a template uses, in order of first use. */
    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Fills the template; {@code values} answers a placeholder's value, or null when the event has none. */
    static String render(String template, Function<String, JsonNode> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        boolean inString = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && inString && i + 1 < template.length()) {
                out.append(c).append(template.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                inString = !inString;
                out.append(c);
                i++;
                continue;
            }
            if (c == '<') {
                Matcher m = PLACEHOLDER.matcher(template).region(i, template.length());
                if (m.lookingAt()) {
                    JsonNode value = values.apply(m.group(1));
                    if (inString) {
                        appendText(out, value);
                    } else {
                        out.append(value == null ? "null" : value.toString());
                    }
                    i = m.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A value inside a JSON string: strings as their text (escaped), containers as {@code {k:v,...}}. */
    private static void appendText(StringBuilder out, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isTextual()) {
            String json = com.fasterxml.jackson.databind.node.TextNode.valueOf(value.asText()).toString();
            out.append(json, 1, json.length() - 1);
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(e.getKey()).append(':');
                appendText(out, e.getValue());
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int k = 0; k < value.size(); k++) {
                if (k > 0) {
                    out.append(',');
                }
                appendText(out, value.get(k));
            }
            out.append(']');
        } else {
            out.append(value.asText());
        }
    }
}
