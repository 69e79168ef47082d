package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.expression.Value.Series;
import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricStat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of GetMetricData results. A metric query's default label is its metric name, followed by its statistic
 * and/or period when other queries of the request read the same metric with another statistic or period (AWS's
 * "metric1 Sum 60"); an expression's is its id. Labels may hold dynamic values: {@code ${LABEL}},
 * {@code ${PROP('MetricName')}}, {@code ${PROP('Namespace')}}, {@code ${PROP('Period')}}, {@code ${PROP('Stat')}},
 * {@code ${PROP('Dim.<name>')}}, and {@code ${AVG}}, {@code ${MIN}}, {@code ${MAX}}, {@code ${SUM}},
 * {@code ${FIRST}}, {@code ${LAST}}, {@code ${DATAPOINT_COUNT}} of the result's values.
 */
final class Labels {

    private static final Pattern DYNAMIC = Pattern.compile("\\$\\{([A-Z_]+)(?:\\('([^']*)'\\))?}");

    private Labels() {
    }

    static String defaultLabel(MetricDataQuery q, List<MetricDataQuery> all) {
        if (q.metricStat() == null) {
            return q.id();
        }
        MetricStat s = q.metricStat();
        boolean otherStat = false;
        boolean otherPeriod = false;
        for (MetricDataQuery o : all) {
            if (o == q || o.metricStat() == null || !Objects.equals(o.metricStat().metric(), s.metric())) {
                continue;
            }
            otherStat |= !Objects.equals(o.metricStat().stat(), s.stat());
            otherPeriod |= !Objects.equals(o.metricStat().period(), s.period());
        }
        StringBuilder label = new StringBuilder(s.metric().metricName());
        if (otherStat) {
            label.append(' ').append(s.stat());
        }
        if (otherPeriod) {
            label.append(' ').append(s.period());
        }
        return label.toString();
    }

    /** Replaces the dynamic values of {@code label}. */
    static String render(String label, String defaultLabel, MetricStat stat, Series values) {
        if (label == null || !label.contains("${")) {
            return label;
        }
        Matcher m = DYNAMIC.matcher(label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), defaultLabel, stat,
                    values)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, String argument, String defaultLabel, MetricStat stat, Series s) {
        return switch (name) {
            case "LABEL" -> defaultLabel;
            case "PROP" -> property(argument, stat);
            case "AVG", "MIN", "MAX", "SUM", "FIRST", "LAST", "DATAPOINT_COUNT" -> aggregate(name, s);
            default -> "${" + name + "}";
        };
    }

    private static String property(String property, MetricStat stat) {
        if (stat == null || property == null) {
            return "";
        }
        if (property.startsWith("Dim.")) {
            String dimension = property.substring(4);
            List<Dimension> dims = stat.metric().dimensions() == null ? List.of() : stat.metric().dimensions();
            return dims.stream().filter(d -> d.name().equals(dimension)).map(Dimension::value).findFirst()
                    .orElse("");
        }
        return switch (property) {
            case "MetricName" -> stat.metric().metricName();
            case "Namespace" -> stat.metric().namespace();
            case "Period" -> String.valueOf(stat.period());
            case "Stat" -> stat.stat();
            default -> "";
        };
    }

    private static String aggregate(String name, Series s) {
        if (s == null || s.size() == 0) {
            return "";
        }
        double[] v = s.values();
        double result = switch (name) {
            case "FIRST" -> v[0];
            case "LAST" -> v[v.length - 1];
            case "DATAPOINT_COUNT" -> v.length;
            case "MIN" -> java.util.Arrays.stream(v).min().orElse(0);
            case "MAX" -> java.util.Arrays.stream(v).max().orElse(0);
            case "SUM" -> java.util.Arrays.stream(v).sum();
            default -> java.util.Arrays.stream(v).average().orElse(0);
        };
        return name.equals("DATAPOINT_COUNT") ? String.valueOf((long) result)
                : String.format(Locale.ROOT, "%.2f", result);
    }
}
