package dev.fakecloud.cloudwatch;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A composite alarm's rule, parsed: {@code ALARM(name)}, {@code OK(name)}, {@code INSUFFICIENT_DATA(name)},
 * {@code TRUE}, {@code FALSE}, combined with {@code NOT}, {@code AND}, {@code OR} (that precedence) and parentheses.
 * A name is an alarm name or ARN, in double quotes or not. Keywords are read in any case.
 */
sealed interface AlarmRule {

    /** At most this many alarms in one rule, as on AWS. */
    int MAX_CHILDREN = 100;

    /** Whether the rule holds when each named alarm is in the state {@code stateOf} gives (null: unknown). */
    boolean holds(Function<String, String> stateOf);

    /** Every alarm name or ARN the rule names, in the order written. */
    default Set<String> children() {
        Set<String> out = new LinkedHashSet<>();
        collect(out);
        return out;
    }

    void collect(Set<String> out);

    record Constant(boolean value) implements AlarmRule {
        public boolean holds(Function<String, String> stateOf) {
            return value;
        }

        public void collect(Set<String> out) {
        }
    }

    record InState(String state, String alarm) implements AlarmRule {
        public boolean holds(Function<String, String> stateOf) {
            return state.equals(stateOf.apply(alarm));
        }

        public void collect(Set<String> out) {
            out.add(alarm);
        }
    }

    record Not(AlarmRule operand) implements AlarmRule {
        public boolean holds(Function<String, String> stateOf) {
            return !operand.holds(stateOf);
        }

        public void collect(Set<String> out) {
            operand.collect(out);
        }
    }

    record And(AlarmRule left, AlarmRule right) implements AlarmRule {
        public boolean holds(Function<String, String> stateOf) {
            return left.holds(stateOf) && right.holds(stateOf);
        }

        public void collect(Set<String> out) {
            left.collect(out);
            right.collect(out);
        }
    }

    record Or(AlarmRule left, AlarmRule right) implements AlarmRule {
        public boolean holds(Function<String, String> stateOf) {
            return left.holds(stateOf) || right.holds(stateOf);
        }

        public void collect(Set<String> out) {
            left.collect(out);
            right.collect(out);
        }
    }

    /** Parses a rule; a malformed one is AWS's InvalidParameterValue. */
    static AlarmRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw CloudWatchErrors.invalidParameterValue("AlarmRule must not be empty.");
        }
        if (text.length() > 10240) {
            throw CloudWatchErrors.invalidParameterValue("AlarmRule must be at most 10240 characters long.");
        }
        Reader reader = new Reader(text);
        AlarmRule rule = reader.or();
        reader.skipSpace();
        if (!reader.atEnd()) {
            throw reader.error("unexpected '" + reader.rest() + "'");
        }
        if (rule.children().size() > MAX_CHILDREN) {
            throw CloudWatchErrors.invalidParameterValue("AlarmRule may name at most " + MAX_CHILDREN + " alarms.");
        }
        return rule;
    }

    /** A recursive-descent reader over the rule's text. */
    final class Reader {

        private final String text;
        private int pos;
        private int depth;

        Reader(String text) {
            this.text = text;
        }

        AlarmRule or() {
            AlarmRule left = and();
            while (keyword("OR")) {
                left = new Or(left, and());
            }
            return left;
        }

        private AlarmRule and() {
            AlarmRule left = not();
            while (keyword("AND")) {
                left = new And(left, not());
            }
            return left;
        }

        private AlarmRule not() {
            if (keyword("NOT")) {
                return new Not(not());
            }
            return primary();
        }

        private AlarmRule primary() {
            skipSpace();
            if (atEnd()) {
                throw error("the rule ends where an alarm function, TRUE, FALSE or '(' was expected");
            }
            if (text.charAt(pos) == '(') {
                pos++;
                if (++depth > 100) {
                    throw error("parentheses are nested too deeply");
                }
                AlarmRule inner = or();
                depth--;
                expect(')');
                return inner;
            }
            int start = pos;
            String word = word();
            switch (word.toUpperCase(Locale.ROOT)) {
                case "TRUE" -> {
                    return new Constant(true);
                }
                case "FALSE" -> {
                    return new Constant(false);
                }
                case "ALARM", "OK", "INSUFFICIENT_DATA" -> {
                    expect('(');
                    String name = name();
                    expect(')');
                    return new InState(word.toUpperCase(Locale.ROOT), name);
                }
                default -> {
                    pos = start;
                    throw error(word.isEmpty() ? "unexpected '" + rest() + "'" : "unknown function " + word);
                }
            }
        }

        /** An alarm name or ARN: quoted (with \" and \\ escapes) or up to the closing parenthesis. */
        private String name() {
            skipSpace();
            StringBuilder out = new StringBuilder();
            if (!atEnd() && text.charAt(pos) == '"') {
                pos++;
                while (!atEnd() && text.charAt(pos) != '"') {
                    char c = text.charAt(pos++);
                    if (c == '\\' && !atEnd()) {
                        c = text.charAt(pos++);
                    }
                    out.append(c);
                }
                if (atEnd()) {
                    throw error("a quoted alarm name is not closed");
                }
                pos++;
            } else {
                while (!atEnd() && text.charAt(pos) != ')') {
                    out.append(text.charAt(pos++));
                }
            }
            String name = out.toString().strip();
            if (name.isEmpty()) {
                throw error("an alarm function names no alarm");
            }
            if (name.length() > 1600) {
                throw error("an alarm name is too long");
            }
            return name;
        }

        private String word() {
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean keyword(String keyword) {
            skipSpace();
            int end = pos + keyword.length();
            if (end > text.length() || !text.regionMatches(true, pos, keyword, 0, keyword.length())) {
                return false;
            }
            if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                return false;
            }
            pos = end;
            return true;
        }

        private void expect(char c) {
            skipSpace();
            if (atEnd() || text.charAt(pos) != c) {
                throw error("'" + c + "' expected" + (atEnd() ? " at the end" : " before '" + rest() + "'"));
            }
            pos++;
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        String rest() {
            String rest = text.substring(pos);
            return rest.length() > 40 ? rest.substring(0, 40) + "…" : rest;
        }

        CloudWatchException error(String what) {
            return CloudWatchErrors.invalidParameterValue("Error in alarm rule at position " + (pos + 1) + ": "
                    + what + ".");
        }
    }
}
