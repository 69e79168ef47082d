package dev.fakecloud.logs.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** An expression of a query, evaluated against one record (field name to text value); null means absent. */
sealed interface Expr {

    Object eval(Map<String, String> record);

    /** A field of the record. */
    record Field(String name) implements Expr {
        public Object eval(Map<String, String> r) {
            return r.get(name);
        }
    }

    /** A number or a quoted string. */
    record Literal(Object value) implements Expr {
        public Object eval(Map<String, String> r) {
            return value;
        }
    }

    /** {@code a = b}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}: numbers when both sides are numbers. */
    record Compare(Expr left, String op, Expr right) implements Expr {
        public Object eval(Map<String, String> r) {
            Object a = left.eval(r);
            Object b = right.eval(r);
            if (a == null || b == null) {
                return op.equals("!=") && (a != null || b != null);
            }
            Double x = number(a);
            Double y = number(b);
            int c = x != null && y != null ? Double.compare(x, y) : a.toString().compareTo(b.toString());
            return switch (op) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    /** {@code x like /re/}, {@code x =~ /re/} (found anywhere) and {@code x like "text"} (contained). */
    record Like(Expr value, Pattern pattern, boolean negated) implements Expr {
        public Object eval(Map<String, String> r) {
            Object v = value.eval(r);
            return v != null && pattern.matcher(v.toString()).find() != negated;
        }
    }

    /** {@code x in ["a", "b"]}. */
    record In(Expr value, List<Expr> options, boolean negated) implements Expr {
        public Object eval(Map<String, String> r) {
            Object v = value.eval(r);
            boolean found = v != null && options.stream().anyMatch(o -> {
                Object w = o.eval(r);
                Double x = number(v);
                Double y = number(w);
                return x != null && y != null ? x.equals(y) : v.toString().equals(String.valueOf(w));
            });
            return found != negated;
        }
    }

    /** {@code and}, {@code or}. */
    record Logical(Expr left, boolean and, Expr right) implements Expr {
        public Object eval(Map<String, String> r) {
            return and ? truth(left.eval(r)) && truth(right.eval(r)) : truth(left.eval(r)) || truth(right.eval(r));
        }
    }

    record Not(Expr inner) implements Expr {
        public Object eval(Map<String, String> r) {
            return !truth(inner.eval(r));
        }
    }

    /** One of the supported functions of one record. */
    record Call(String name, List<Expr> args) implements Expr {

        static final List<String> NAMES = List.of("ispresent", "isempty", "isblank", "tolower", "toupper", "strlen",
                "strcontains", "concat", "trim", "abs", "coalesce");

        public Object eval(Map<String, String> r) {
            Object a = args.isEmpty() ? null : args.get(0).eval(r);
            return switch (name) {
                case "ispresent" -> a != null;
                case "isempty" -> a == null || a.toString().isEmpty();
                case "isblank" -> a == null || a.toString().isBlank();
                case "tolower" -> a == null ? null : a.toString().toLowerCase(Locale.ROOT);
                case "toupper" -> a == null ? null : a.toString().toUpperCase(Locale.ROOT);
                case "trim" -> a == null ? null : a.toString().strip();
                case "strlen" -> a == null ? null : (double) a.toString().length();
                case "abs" -> number(a) == null ? null : Math.abs(number(a));
                case "strcontains" -> a != null && a.toString().contains(String.valueOf(args.get(1).eval(r)));
                case "coalesce" -> args.stream().map(e -> e.eval(r)).filter(v -> v != null).findFirst().orElse(null);
                default -> {
                    StringBuilder s = new StringBuilder();
                    args.forEach(e -> s.append(text(e.eval(r))));
                    yield s.toString();
                }
            };
        }
    }

    /** {@code bin(5m)}: the record's {@code @timestamp} rounded down to the period, in epoch milliseconds. */
    record Bin(long periodMillis) implements Expr {
        public Object eval(Map<String, String> r) {
            String t = r.get("@timestamp");
            if (t == null) {
                return null;
            }
            long ms = Long.parseLong(t);
            return (double) (ms - Math.floorMod(ms, periodMillis));
        }
    }

    static boolean truth(Object v) {
        return v instanceof Boolean b ? b : v != null;
    }

    static Double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as the results show it: whole numbers without a fraction. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : d.toString();
        }
        return v == null ? null : v.toString();
    }
}
