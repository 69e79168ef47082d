package dev.fakecloud.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * CloudWatch Logs' filter pattern syntax, matched against one event's message: terms (all must appear, case
 * sensitive), quoted phrases, {@code ?term} (at least one of them), {@code -term} (none of them), {@code %regex%};
 * JSON patterns ({@code { $.level = "ERROR" && $.latency > 100 }}, {@code ||}, parentheses, {@code *} wildcards,
 * {@code IS NULL}, {@code NOT EXISTS}, {@code IS TRUE}/{@code IS FALSE}); and space-delimited patterns
 * ({@code [ip, user, ..., status=404, size>1000]}).
 */
final class FilterPattern {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterPattern() {
    }

    /** The matcher of a pattern; an empty or absent pattern matches everything. */
    static Predicate<String> parse(String pattern) {
        String p = pattern == null ? "" : pattern.strip();
        if (p.isEmpty() || p.equals("\"\"")) {
            return m -> true;
        }
        try {
            if (p.startsWith("{")) {
                if (!p.endsWith("}")) {
                    throw invalid();
                }
                Predicate<JsonNode> condition = new JsonPattern(p.substring(1, p.length() - 1)).parse();
                return message -> {
                    JsonNode node = json(message);
                    return node != null && condition.test(node);
                };
            }
            if (p.startsWith("[")) {
                if (!p.endsWith("]")) {
                    throw invalid();
                }
                return SpaceDelimited.parse(p.substring(1, p.length() - 1));
            }
            return terms(p);
        } catch (PatternSyntaxException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    /**
     * The values a matching message gives a space-delimited pattern's fields ({@code $name} to value, in the
     * pattern's order); empty for other patterns or a message that does not match.
     */
    static java.util.Map<String, String> extract(String pattern, String message) {
        String p = pattern == null ? "" : pattern.strip();
        if (!p.startsWith("[") || !p.endsWith("]")) {
            return java.util.Map.of();
        }
        try {
            java.util.Map<String, String> bound = SpaceDelimited.extract(p.substring(1, p.length() - 1), message);
            return bound == null ? java.util.Map.of() : bound;
        } catch (RuntimeException e) {
            return java.util.Map.of();
        }
    }

    static LogsException invalid() {
        return LogsErrors.invalidParameter("Invalid filter pattern");
    }

    /** The JSON object in a message (from its first brace), or null when it holds none. */
    static JsonNode json(String message) {
        String m = message.strip();
        if (!m.startsWith("{")) {
            int brace = m.indexOf('{');
            if (brace < 0) {
                return null;
            }
            m = m.substring(brace);
        }
        try {
            return JSON.readTree(m);
        } catch (IOException e) {
            return null;
        }
    }

    private static Predicate<String> terms(String p) {
        List<Predicate<String>> required = new ArrayList<>();
        List<Predicate<String>> optional = new ArrayList<>();
        List<Predicate<String>> excluded = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            List<Predicate<String>> into = required;
            if (c == '?') {
                into = optional;
                i++;
            } else if (c == '-' && i + 1 < p.length() && !Character.isWhitespace(p.charAt(i + 1))) {
                into = excluded;
                i++;
            }
            String term;
            if (i < p.length() && p.charAt(i) == '"') {
                int end = p.indexOf('"', i + 1);
                if (end < 0) {
                    throw invalid();
                }
                term = p.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < p.length() && !Character.isWhitespace(p.charAt(end))) {
                    end++;
                }
                term = p.substring(i, end);
                i = end;
            }
            if (term.length() > 1 && term.startsWith("%") && term.endsWith("%")) {
                Pattern regex = Pattern.compile(term.substring(1, term.length() - 1));
                into.add(m -> regex.matcher(m).find());
            } else if (!term.isEmpty()) {
                String t = term;
                into.add(m -> m.contains(t));
            }
        }
        return m -> required.stream().allMatch(t -> t.test(m))
                && (optional.isEmpty() || optional.stream().anyMatch(t -> t.test(m)))
                && excluded.stream().noneMatch(t -> t.test(m));
    }

    /** Compares a value (text of a field) with a pattern's value, as the pattern's operator says. */
    static boolean compare(String actual, String op, String expected, boolean expectedIsNumber) {
        if (actual == null) {
            return false;
        }
        if (expectedIsNumber) {
            double a;
            try {
                a = Double.parseDouble(actual);
            } catch (NumberFormatException e) {
                return false;
            }
            double b = Double.parseDouble(expected);
            return switch (op) {
                case "=" -> a == b;
                case "!=" -> a != b;
                case "<" -> a < b;
                case ">" -> a > b;
                case "<=" -> a <= b;
                case ">=" -> a >= b;
                default -> false;
            };
        }
        boolean equal = wildcard(expected).matcher(actual).matches();
        return switch (op) {
            case "=" -> equal;
            case "!=" -> !equal;
            default -> false;
        };
    }

    private static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : value.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
