package dev.fakecloud.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Space-delimited filter patterns: {@code [ip, user, ..., status=4*, size>1000]} names the fields of a line
 * (split on spaces; text in double quotes or square brackets is one field), {@code ...} stands for any number of
 * fields, and each named field may carry a condition ({@code =}, {@code !=}, {@code <}, {@code >}, {@code <=},
 * {@code >=}, with {@code *} wildcards and {@code ||} / {@code &&} between conditions of one field).
 */
final class SpaceDelimited {

    private record Field(boolean ellipsis, Predicate<String> condition) {
    }

    private SpaceDelimited() {
    }

    static Predicate<String> parse(String body) {
        List<Field> fields = new ArrayList<>();
        for (String raw : body.split(",")) {
            String f = raw.strip();
            if (f.isEmpty()) {
                throw FilterPattern.invalid();
            }
            if (f.equals("...")) {
                fields.add(new Field(true, v -> true));
            } else {
                fields.add(new Field(false, condition(f)));
            }
        }
        return message -> matches(fields, 0, split(message), 0);
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

    /** Whether fields from {@code f} match values from {@code v}; {@code ...} takes any number of values. */
    private static boolean matches(List<Field> fields, int f, List<String> values, int v) {
        if (f == fields.size()) {
            return v == values.size();
        }
        Field field = fields.get(f);
        if (field.ellipsis()) {
            for (int skip = v; skip <= values.size(); skip++) {
                if (matches(fields, f + 1, values, skip)) {
                    return true;
                }
            }
            return false;
        }
        return v < values.size() && field.condition().test(values.get(v)) && matches(fields, f + 1, values, v + 1);
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
