package dev.fakecloud.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Space-delimited filter patterns: {@code [ip, user, ..., status=4*, size>1000]} names the fields of a line
 * (split on spaces; text in double quotes or square brackets is one field), {@code ...} stands for any number of
 * fields, and each named field may carry a condition ({@code =}, {@code !=}, {@code <}, {@code >}, {@code <=},
 * {@code >=}, with {@code *} wildcards and {@code ||} / {@code &&} between conditions of one field).
 */
final class SpaceDelimited {

    private record Field(String name, boolean ellipsis, Predicate<String> condition) {
    }

    private SpaceDelimited() {
    }

    static Predicate<String> parse(String body) {
        List<Field> fields = fields(body);
        return message -> matches(fields, 0, split(message), 0, null);
    }

    /**
     * The values a matching message gives the pattern's named fields ({@code $ip} for {@code ip}), as
     * TestMetricFilter reports them and metric values and dimensions use them; null when the message does not match.
     */
    static Map<String, String> extract(String body, String message) {
        Map<String, String> out = new LinkedHashMap<>();
        return matches(fields(body), 0, split(message), 0, out) ? out : null;
    }

    private static List<Field> fields(String body) {
        List<Field> fields = new ArrayList<>();
        for (String raw : body.split(",")) {
            String f = raw.strip();
            if (f.isEmpty()) {
                throw FilterPattern.invalid();
            }
            if (f.equals("...")) {
                fields.add(new Field(null, true, v -> true));
            } else {
                fields.add(new Field(name(f), false, condition(f)));
            }
        }
        return fields;
    }

    private static Predicate<String> condition(String field) {
        if (field.contains("||")) {
            String name = name(field);
            List<Predicate<String>> any = new ArrayList<>();
            for (String part : field.split("\\|\\|")) {
                String p = part.strip();
                any.add(single(p.startsWith(name) ? p : name + p));
            }
            return v -> any.stream().anyMatch(x -> x.test(v));
        }
        if (field.contains("&&")) {
            String name = name(field);
            List<Predicate<String>> all = new ArrayList<>();
            for (String part : field.split("&&")) {
                String p = part.strip();
                all.add(single(p.startsWith(name) ? p : name + p));
            }
            return v -> all.stream().allMatch(x -> x.test(v));
        }
        return single(field);
    }

    private static String name(String field) {
        int i = 0;
        while (i < field.length() && "=!<>".indexOf(field.charAt(i)) < 0) {
            i++;
        }
        return field.substring(0, i).strip();
    }

    private static Predicate<String> single(String field) {
        String name = name(field);
        if (name.length() == field.length()) {
            return v -> true;
        }
        String rest = field.substring(name.length()).strip();
        String op = rest.startsWith("!=") || rest.startsWith("<=") || rest.startsWith(">=") ? rest.substring(0, 2)
                : rest.substring(0, 1);
        String value = rest.substring(op.length()).strip();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean number;
        try {
            Double.parseDouble(value);
            number = true;
        } catch (NumberFormatException e) {
            number = false;
        }
        String expected = value;
        boolean numeric = number;
        return v -> FilterPattern.compare(v, op, expected, numeric);
    }

    /**
     * Whether fields from {@code f} match values from {@code v}; {@code ...} takes any number of values. The values
     * of the named fields of the match go into {@code bound} when it is not null.
     */
    private static boolean matches(List<Field> fields, int f, List<String> values, int v, Map<String, String> bound) {
        if (f == fields.size()) {
            return v == values.size();
        }
        Field field = fields.get(f);
        if (field.ellipsis()) {
            for (int skip = v; skip <= values.size(); skip++) {
                if (matches(fields, f + 1, values, skip, bound)) {
                    return true;
                }
            }
            return false;
        }
        if (v < values.size() && field.condition().test(values.get(v))
                && matches(fields, f + 1, values, v + 1, bound)) {
            if (bound != null && !field.name().isEmpty()) {
                bound.put("$" + field.name(), values.get(v));
            }
            return true;
        }
        return false;
    }

    private static List<String> split(String message) {
        List<String> out = new ArrayList<>();
        int i = 0;
        String m = message.strip();
        while (i < m.length()) {
            char c = m.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            char close = c == '"' ? '"' : c == '[' ? ']' : 0;
            if (close != 0) {
                int end = m.indexOf(close, i + 1);
                end = end < 0 ? m.length() : end;
                out.add(m.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = m.indexOf(' ', i);
                end = end < 0 ? m.length() : end;
                out.add(m.substring(i, end));
                i = end;
            }
        }
        return out;
    }
}
