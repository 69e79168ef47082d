package dev.fakecloud.logs.insights;

import dev.fakecloud.logs.insights.Command.Aggregate;
import dev.fakecloud.logs.insights.Command.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A parsed query and its evaluation over records (field name to text; {@code @timestamp} in epoch milliseconds).
 * Results are rows of the shown fields in order, timestamps as {@code yyyy-MM-dd HH:mm:ss.SSS} (UTC), with
 * {@code @ptr} on rows that are records rather than aggregates.
 */
public record Query(List<Command> commands) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /** One field of a result row. */
    public record Cell(String field, String value) {
    }

    /** The rows and how many records matched the filters. */
    public record Result(List<List<Cell>> rows, long matched) {
    }

    public Result run(List<Map<String, String>> input, int defaultLimit) {
        List<Map<String, String>> rows = new ArrayList<>(input);
        rows.sort(Comparator.comparing((Map<String, String> r) -> Long.parseLong(r.get("@timestamp"))).reversed());
        Set<String> shown = new LinkedHashSet<>();
        Set<String> times = new HashSet<>(Set.of("@timestamp", "@ingestionTime"));
        boolean explicit = false;
        boolean aggregated = false;
        Integer limit = null;
        long matched = -1;
        for (Command c : commands) {
            switch (c) {
                case Command.Fields f -> {
                    explicit = true;
                    for (Named n : f.fields()) {
                        shown.add(n.name());
                        if (!(n.expr() instanceof Expr.Field field && field.name().equals(n.name()))) {
                            for (Map<String, String> r : rows) {
                                put(r, n.name(), n.expr().eval(r));
                            }
                        }
                    }
                }
                case Command.Display d -> {
                    explicit = true;
                    shown.clear();
                    shown.addAll(d.fields());
                }
                case Command.Filter f -> rows.removeIf(r -> !Expr.truth(f.condition().eval(r)));
                case Command.SortBy s -> rows.sort(order(s.keys()));
                case Command.Limit l -> {
                    limit = limit == null ? l.count() : Math.min(limit, l.count());
                    if (rows.size() > l.count()) {
                        matched = matched < 0 ? rows.size() : matched;
                        rows = new ArrayList<>(rows.subList(0, l.count()));
                    }
                }
                case Command.Dedup d -> {
                    Set<List<String>> seen = new HashSet<>();
                    rows.removeIf(r -> !seen.add(d.fields().stream().map(r::get).toList()));
                }
                case Command.Parse p -> {
                    for (Map<String, String> r : rows) {
                        Object source = p.source().eval(r);
                        Matcher m = source == null ? null : p.pattern().matcher(source.toString());
                        if (m != null && m.find()) {
                            for (int i = 0; i < p.names().size(); i++) {
                                put(r, p.names().get(i), m.group(i + 1));
                            }
                        }
                    }
                }
                case Command.Stats s -> {
                    matched = rows.size();
                    rows = stats(s, rows);
                    aggregated = true;
                    explicit = true;
                    shown.clear();
                    s.groups().forEach(g -> {
                        shown.add(g.name());
                        if (g.expr() instanceof Expr.Bin) {
                            times.add(g.name());
                        }
                    });
                    s.aggregates().forEach(a -> shown.add(a.name()));
                }
            }
        }
        if (matched < 0) {
            matched = rows.size();
        }
        if (!explicit) {
            shown.add("@timestamp");
            shown.add("@message");
        }
        if (!aggregated) {
            shown.add("@ptr");
        }
        int cap = limit != null ? limit : defaultLimit;
        List<List<Cell>> out = new ArrayList<>();
        for (Map<String, String> r : rows.subList(0, Math.min(cap, rows.size()))) {
            List<Cell> row = new ArrayList<>();
            for (String f : shown) {
                String v = r.get(f);
                if (v != null) {
                    row.add(new Cell(f, times.contains(f) ? time(v) : v));
                }
            }
            out.add(row);
        }
        return new Result(out, matched);
    }

    private static void put(Map<String, String> r, String name, Object value) {
        String text = Expr.text(value);
        if (text == null) {
            r.remove(name);
        } else {
            r.put(name, text);
        }
    }

    private static String time(String millis) {
        try {
            return TIME.format(Instant.ofEpochMilli((long) Double.parseDouble(millis)));
        } catch (NumberFormatException e) {
            return millis;
        }
    }

    private static Comparator<Map<String, String>> order(List<Command.Sort> keys) {
        Comparator<Map<String, String>> c = (a, b) -> 0;
        for (Command.Sort k : keys) {
            Comparator<Map<String, String>> one = (a, b) -> compare(a.get(k.field()), b.get(k.field()));
            c = c.thenComparing(k.descending() ? one.reversed() : one);
        }
        return c;
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Double x = Expr.number(a);
        Double y = Expr.number(b);
        return x != null && y != null ? Double.compare(x, y) : a.compareTo(b);
    }

    private static List<Map<String, String>> stats(Command.Stats s, List<Map<String, String>> rows) {
        Map<List<String>, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            List<String> key = s.groups().stream().map(g -> Expr.text(g.expr().eval(r))).toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        if (groups.isEmpty() && s.groups().isEmpty()) {
            groups.put(List.of(), List.of());
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<Map<String, String>>> g : groups.entrySet()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < s.groups().size(); i++) {
                if (g.getKey().get(i) != null) {
                    row.put(s.groups().get(i).name(), g.getKey().get(i));
                }
            }
            for (Aggregate a : s.aggregates()) {
                put(row, a.name(), aggregate(a, g.getValue()));
            }
            out.add(row);
        }
        if (s.groups().stream().anyMatch(g -> g.expr() instanceof Expr.Bin)) {
            String bin = s.groups().stream().filter(g -> g.expr() instanceof Expr.Bin).findFirst().orElseThrow()
                    .name();
            out.sort(Comparator.comparing((Map<String, String> r) -> r.get(bin), Query::compare).reversed());
        }
        return out;
    }

    private static Object aggregate(Aggregate a, List<Map<String, String>> rows) {
        if (a.arg() == null) {
            return (double) rows.size();
        }
        List<Object> values = rows.stream().map(r -> a.arg().eval(r)).filter(v -> v != null).toList();
        List<Double> numbers = values.stream().map(Expr::number).filter(v -> v != null).toList();
        return switch (a.function()) {
            case "count" -> (double) values.size();
            case "count_distinct" -> (double) values.stream().map(Object::toString).distinct().count();
            case "sum" -> numbers.stream().mapToDouble(Double::doubleValue).sum();
            case "avg" -> numbers.isEmpty() ? null : numbers.stream().mapToDouble(Double::doubleValue).average()
                    .orElse(0);
            case "min" -> numbers.stream().min(Double::compare).orElse(null);
            default -> numbers.stream().max(Double::compare).orElse(null);
        };
    }
}
