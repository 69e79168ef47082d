package dev.fakecloud.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.telemetry.MetricDatum;
import dev.fakecloud.core.telemetry.MetricDatum.Dimension;
import dev.fakecloud.core.telemetry.Metrics;
import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.MetricShapes.DeleteMetricFilterRequest;
import dev.fakecloud.logs.model.MetricShapes.DescribeMetricFiltersRequest;
import dev.fakecloud.logs.model.MetricShapes.DescribeMetricFiltersResponse;
import dev.fakecloud.logs.model.MetricShapes.MetricFilter;
import dev.fakecloud.logs.model.MetricShapes.MetricFilterMatchRecord;
import dev.fakecloud.logs.model.MetricShapes.MetricTransformation;
import dev.fakecloud.logs.model.MetricShapes.PutMetricFilterRequest;
import dev.fakecloud.logs.model.MetricShapes.TestMetricFilterRequest;
import dev.fakecloud.logs.model.MetricShapes.TestMetricFilterResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Metric filters with AWS's rules (at most 100 per group, one transformation each, a valid filter pattern) and their
 * effect: every event written to a group is matched against its filters and each match is recorded as a value of
 * the filter's metric in CloudWatch ({@code metricValue} a number or a {@code $.field} of a JSON event; dimensions
 * from JSON fields; {@code defaultValue} for a write that matched nothing).
 */
@ApplicationScoped
public class MetricFilterService {

    static final int PER_GROUP = 100;

    private final MetricFilterStore store;
    private final LogGroupService groups;
    private final Metrics metrics;
    /** Each filter pattern parsed once, not on every write it is matched against. */
    private final java.util.Map<String, Predicate<String>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public MetricFilterService(MetricFilterStore store, LogGroupService groups, Metrics metrics) {
        this.store = store;
        this.groups = groups;
        this.metrics = metrics;
    }

    public void put(LogsCall call, PutMetricFilterRequest r) {
        Group g = groups.require(call, r.logGroupName());
        LogsErrors.require(new String[] {"filterName", "filterPattern", "metricTransformations"}, r.filterName(),
                r.filterPattern(), r.metricTransformations());
        if (r.metricTransformations().size() != 1) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'metricTransformations' failed "
                    + "to satisfy constraint: Member must have length less than or equal to 1");
        }
        MetricTransformation t = r.metricTransformations().get(0);
        LogsErrors.require(new String[] {"metricTransformations.1.member.metricName",
            "metricTransformations.1.member.metricNamespace", "metricTransformations.1.member.metricValue"},
                t.metricName(), t.metricNamespace(), t.metricValue());
        if (t.defaultValue() != null && t.dimensions() != null && !t.dimensions().isEmpty()) {
            throw LogsErrors.invalidParameter("Invalid metric transformation: default value and dimensions cannot "
                    + "both be specified.");
        }
        FilterPattern.parse(r.filterPattern());
        List<MetricFilter> existing = store.of(g.key());
        if (existing.size() >= PER_GROUP && existing.stream().noneMatch(f -> f.filterName().equals(r.filterName()))) {
            throw LogsErrors.limitExceeded("Resource limit exceeded.");
        }
        store.put(g.key(), new MetricFilter(r.filterName(), r.filterPattern(), List.of(t), System.currentTimeMillis(),
                g.name(), Boolean.TRUE.equals(r.applyOnTransformedLogs()), r.fieldSelectionCriteria(),
                r.emitSystemFieldDimensions()));
    }

    public DescribeMetricFiltersResponse describe(LogsCall call, DescribeMetricFiltersRequest r) {
        if (r.filterNamePrefix() != null && r.logGroupName() == null) {
            throw LogsErrors.invalidParameter("logGroupName is required if filterNamePrefix is specified.");
        }
        if ((r.metricName() == null) != (r.metricNamespace() == null)) {
            throw LogsErrors.invalidParameter("metricName and metricNamespace must be specified together.");
        }
        List<MetricFilter> candidates = r.logGroupName() == null
                ? store.inRegion(call.accountId(), call.region(), null)
                : store.of(groups.require(call, r.logGroupName()).key());
        List<MetricFilter> matching = candidates.stream()
                .filter(f -> r.filterNamePrefix() == null || f.filterName().startsWith(r.filterNamePrefix()))
                .filter(f -> r.metricName() == null || f.metricTransformations().stream().anyMatch(t ->
                        r.metricName().equals(t.metricName()) && r.metricNamespace().equals(t.metricNamespace())))
                .toList();
        Page<MetricFilter> page = Page.of(matching, f -> f.logGroupName() + LogStore.SEP + f.filterName(),
                r.nextToken(), LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeMetricFiltersResponse(page.items(), page.nextMarker());
    }

    public void delete(LogsCall call, DeleteMetricFilterRequest r) {
        Group g = groups.require(call, r.logGroupName());
        LogsErrors.require("filterName", r.filterName());
        if (store.remove(g.key(), r.filterName()) == null) {
            throw LogsErrors.resourceNotFound("The specified metric filter does not exist.");
        }
    }

    public TestMetricFilterResponse test(LogsCall call, TestMetricFilterRequest r) {
        LogsErrors.require(new String[] {"filterPattern", "logEventMessages"}, r.filterPattern(),
                r.logEventMessages());
        if (r.logEventMessages().isEmpty() || r.logEventMessages().size() > 50) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'logEventMessages' failed to "
                    + "satisfy constraint: Member must have length between 1 and 50");
        }
        Predicate<String> pattern = FilterPattern.parse(r.filterPattern());
        List<MetricFilterMatchRecord> matches = new ArrayList<>();
        for (int i = 0; i < r.logEventMessages().size(); i++) {
            String message = r.logEventMessages().get(i);
            if (pattern.test(message)) {
                matches.add(new MetricFilterMatchRecord((long) i + 1, message,
                        FilterPattern.extract(r.filterPattern(), message)));
            }
        }
        return new TestMetricFilterResponse(matches);
    }

    /** Records the metric values of a write of {@code events} to the group {@code groupKey}. Never throws. */
    void written(String groupKey, List<Event> events) {
        List<MetricFilter> filters = store.of(groupKey);
        if (filters.isEmpty()) {
            return;
        }
        try {
            String[] parts = groupKey.split(String.valueOf(LogStore.SEP), 3);
            Scope scope = new Scope(parts[0], parts[1]);
            List<MetricDatum> data = new ArrayList<>();
            for (MetricFilter f : filters) {
                Predicate<String> pattern = parsed.computeIfAbsent(f.filterPattern() == null ? ""
                        : f.filterPattern(), FilterPattern::parse);
                MetricTransformation t = f.metricTransformations().get(0);
                boolean any = false;
                for (Event e : events) {
                    if (pattern.test(e.message())) {
                        any = true;
                        MetricDatum d = datum(scope, t, e, FilterPattern.extract(f.filterPattern(), e.message()));
                        if (d != null) {
                            data.add(d);
                        }
                    }
                }
                if (!any && t.defaultValue() != null) {
                    data.add(new MetricDatum(scope, t.metricNamespace(), t.metricName(), List.of(),
                            Instant.ofEpochMilli(events.get(events.size() - 1).timestamp()), t.defaultValue(),
                            unit(t)));
                }
            }
            if (!data.isEmpty()) {
                metrics.record(data);
            }
        } catch (RuntimeException e) {
            // a filter that cannot be evaluated emits nothing, as on AWS; the write itself has succeeded
        }
    }

    /**
     * The datum of one matching event: {@code metricValue} and dimension values are literals, {@code $.selectors}
     * into a JSON event, or {@code $name} fields of a space-delimited pattern ({@code extracted}).
     */
    private static MetricDatum datum(Scope scope, MetricTransformation t, Event e, Map<String, String> extracted) {
        JsonNode json = null;
        Double value = null;
        String v = t.metricValue().strip();
        if (v.startsWith("$.")) {
            json = FilterPattern.json(e.message());
            JsonNode n = json == null ? null : JsonPattern.select(json, v);
            if (n != null && (n.isNumber() || isNumber(n.asText()))) {
                value = n.asDouble();
            }
        } else if (extracted.containsKey(v)) {
            value = isNumber(extracted.get(v)) ? Double.parseDouble(extracted.get(v)) : null;
        } else if (isNumber(v)) {
            value = Double.parseDouble(v);
        }
        if (value == null) {
            return null;
        }
        List<Dimension> dimensions = new ArrayList<>();
        if (t.dimensions() != null) {
            for (Map.Entry<String, String> d : t.dimensions().entrySet()) {
                String selector = d.getValue();
                if (selector.startsWith("$.")) {
                    json = json != null ? json : FilterPattern.json(e.message());
                    JsonNode n = json == null ? null : JsonPattern.select(json, selector);
                    if (n == null || n.isNull()) {
                        return null;
                    }
                    dimensions.add(new Dimension(d.getKey(), n.asText()));
                } else if (extracted.containsKey(selector)) {
                    dimensions.add(new Dimension(d.getKey(), extracted.get(selector)));
                } else {
                    dimensions.add(new Dimension(d.getKey(), selector));
                }
            }
        }
        return new MetricDatum(scope, t.metricNamespace(), t.metricName(), dimensions,
                Instant.ofEpochMilli(e.timestamp()), value, unit(t));
    }

    private static String unit(MetricTransformation t) {
        return t.unit() == null ? "None" : t.unit();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
