package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.DimensionFilter;
import dev.fakecloud.cloudwatch.model.MetricShapes.EntityMetricData;
import dev.fakecloud.cloudwatch.model.MetricShapes.ListMetricsRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.ListMetricsResponse;
import dev.fakecloud.cloudwatch.model.MetricShapes.Metric;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDatum;
import dev.fakecloud.cloudwatch.model.MetricShapes.PutMetricDataRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.StatisticSet;
import dev.fakecloud.cloudwatch.series.Bucket;
import dev.fakecloud.cloudwatch.series.Retention;
import dev.fakecloud.core.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PutMetricData with AWS's rules (single values, {@code Values}/{@code Counts}, statistic sets, units, dimensions,
 * timestamps up to two weeks old and two hours ahead, standard or high resolution), and ListMetrics.
 */
@ApplicationScoped
public class MetricService {

    static final int MAX_DATA = 1000;
    static final int MAX_VALUES = 150;
    static final int MAX_DIMENSIONS = 30;
    private static final long MAX_AGE_MS = Duration.ofDays(14).toMillis();
    private static final long MAX_AHEAD_MS = Duration.ofHours(2).toMillis();
    private static final long LISTED_FOR_MS = Duration.ofDays(14).toMillis();
    private static final long RECENTLY_ACTIVE_MS = Duration.ofHours(3).toMillis();
    private static final int LIST_PAGE = 500;

    private final MetricStore store;
    private final Clock clock;

    @Inject
    public MetricService(MetricStore store) {
        this(store, Clock.systemUTC());
    }

    MetricService(MetricStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void put(CloudWatchCall call, PutMetricDataRequest r) {
        if (r.namespace() == null) {
            throw CloudWatchErrors.missingParameter("Namespace");
        }
        if (r.namespace().isEmpty() || r.namespace().length() > 255 || r.namespace().startsWith("AWS/")
                || r.namespace().startsWith(":")) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.namespace()
                    + " for parameter Namespace is invalid.");
        }
        List<MetricDatum> data = new ArrayList<>(r.metricData() == null ? List.of() : r.metricData());
        if (r.entityMetricData() != null) {
            for (EntityMetricData e : r.entityMetricData()) {
                if (e.metricData() != null) {
                    data.addAll(e.metricData());
                }
            }
        }
        if (data.size() > MAX_DATA) {
            throw CloudWatchErrors.invalidParameterValue("The collection MetricData must not have a size greater "
                    + "than " + MAX_DATA + ".");
        }
        long now = clock.millis();
        List<Runnable> writes = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            MetricDatum d = data.get(i);
            String at = "MetricData.member." + (i + 1);
            Bucket samples = samplesOf(d, at, now);
            MetricIdentity metric = new MetricIdentity(call.accountId(), call.region(), r.namespace(), d.metricName(),
                    d.dimensions());
            writes.add(() -> store.add(metric, samples, now));
        }
        writes.forEach(Runnable::run);
    }

    /** Validates one datum and turns it into the samples it adds to its bucket. */
    private Bucket samplesOf(MetricDatum d, String at, long now) {
        if (d.metricName() == null) {
            throw CloudWatchErrors.missingParameter(at + ".MetricName");
        }
        if (d.metricName().isEmpty() || d.metricName().length() > 255) {
            throw CloudWatchErrors.invalidParameterValue("The value " + d.metricName() + " for parameter " + at
                    + ".MetricName is invalid.");
        }
        requireDimensions(d.dimensions(), at);
        String unit = d.unit() == null ? Units.NONE : d.unit();
        if (!Units.ALL.contains(unit)) {
            throw CloudWatchErrors.invalidParameterValue("The value " + unit + " for parameter " + at
                    + ".Unit is invalid.");
        }
        int resolution = d.storageResolution() == null ? 60 : d.storageResolution();
        if (resolution != 1 && resolution != 60) {
            throw CloudWatchErrors.invalidParameterValue("The value " + resolution + " for parameter " + at
                    + ".StorageResolution is invalid.");
        }
        long timestamp = d.timestamp() == null ? now : d.timestamp().toEpochMilli();
        if (timestamp < now - MAX_AGE_MS || timestamp > now + MAX_AHEAD_MS) {
            throw CloudWatchErrors.invalidParameterValue("The parameter " + at + ".Timestamp must specify a time "
                    + "no more than two weeks in the past and no more than two hours in the future.");
        }
        int seconds = Retention.resolutionAt(Math.max(0, now - timestamp), resolution);
        long start = Retention.intervalStart(timestamp, seconds);
        if (d.value() != null && d.values() != null) {
            throw CloudWatchErrors.invalidParameterCombination("The parameters " + at + ".Value and " + at
                    + ".Values are mutually exclusive and you have specified both.");
        }
        if (d.value() != null && d.statisticValues() != null) {
            throw CloudWatchErrors.invalidParameterCombination("The parameters " + at + ".Value and " + at
                    + ".StatisticValues are mutually exclusive and you have specified both.");
        }
        if (d.values() != null && d.statisticValues() != null) {
            throw CloudWatchErrors.invalidParameterCombination("The parameters " + at + ".Values and " + at
                    + ".StatisticValues are mutually exclusive and you have specified both.");
        }
        if (d.value() != null) {
            requireFinite(d.value(), at + ".Value");
            return Bucket.of(start, seconds, unit, d.value(), 1);
        }
        if (d.statisticValues() != null) {
            return statistics(d.statisticValues(), at, start, seconds, unit);
        }
        if (d.values() != null) {
            return values(d, at, start, seconds, unit);
        }
        throw CloudWatchErrors.invalidParameterCombination("At least one of the parameters " + at + ".Value, " + at
                + ".StatisticValues or " + at + ".Values must be specified.");
    }

    private static Bucket values(MetricDatum d, String at, long start, int seconds, String unit) {
        List<Double> values = d.values();
        List<Double> counts = d.counts();
        if (counts != null && counts.size() != values.size()) {
            throw CloudWatchErrors.invalidParameterValue("The parameters " + at + ".Values and " + at
                    + ".Counts must be of the same size.");
        }
        if (values.size() > MAX_VALUES) {
            throw CloudWatchErrors.invalidParameterValue("The collection " + at + ".Values must not have a size "
                    + "greater than " + MAX_VALUES + ".");
        }
        if (values.isEmpty()) {
            throw CloudWatchErrors.invalidParameterValue("The collection " + at + ".Values must not be empty.");
        }
        Bucket samples = null;
        for (int i = 0; i < values.size(); i++) {
            double value = requireFinite(values.get(i), at + ".Values.member." + (i + 1));
            double count = counts == null ? 1 : requireFinite(counts.get(i), at + ".Counts.member." + (i + 1));
            if (count <= 0) {
                continue;
            }
            Bucket one = Bucket.of(start, seconds, unit, value, count);
            samples = samples == null ? one : samples.merge(one);
        }
        if (samples == null) {
            throw CloudWatchErrors.invalidParameterValue("The parameter " + at + ".Counts must contain a positive "
                    + "count.");
        }
        return samples;
    }

    private static Bucket statistics(StatisticSet s, String at, long start, int seconds, String unit) {
        String set = at + ".StatisticValues";
        if (s.sampleCount() == null) {
            throw CloudWatchErrors.missingParameter(set + ".SampleCount");
        }
        if (s.sum() == null) {
            throw CloudWatchErrors.missingParameter(set + ".Sum");
        }
        if (s.minimum() == null) {
            throw CloudWatchErrors.missingParameter(set + ".Minimum");
        }
        if (s.maximum() == null) {
            throw CloudWatchErrors.missingParameter(set + ".Maximum");
        }
        requireFinite(s.sampleCount(), set + ".SampleCount");
        requireFinite(s.sum(), set + ".Sum");
        requireFinite(s.minimum(), set + ".Minimum");
        requireFinite(s.maximum(), set + ".Maximum");
        if (s.sampleCount() <= 0) {
            throw CloudWatchErrors.invalidParameterValue("The parameter " + set + ".SampleCount must be greater "
                    + "than 0.");
        }
        if (s.minimum() > s.maximum()) {
            throw CloudWatchErrors.invalidParameterValue("The parameter " + set + ".Minimum must be less than or "
                    + "equal to the parameter " + set + ".Maximum.");
        }
        return Bucket.ofStatistics(start, seconds, unit, s.sampleCount(), s.sum(), s.minimum(), s.maximum());
    }

    private static void requireDimensions(List<Dimension> dimensions, String at) {
        if (dimensions == null) {
            return;
        }
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw CloudWatchErrors.invalidParameterValue("The collection " + at + ".Dimensions must not have a size "
                    + "greater than " + MAX_DIMENSIONS + ".");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension dim = dimensions.get(i);
            String where = at + ".Dimensions.member." + (i + 1);
            if (dim.name() == null) {
                throw CloudWatchErrors.missingParameter(where + ".Name");
            }
            if (dim.value() == null) {
                throw CloudWatchErrors.missingParameter(where + ".Value");
            }
            if (dim.name().isEmpty() || dim.name().length() > 255 || dim.value().isEmpty()
                    || dim.value().length() > 1024) {
                throw CloudWatchErrors.invalidParameterValue("The value " + dim.value() + " for parameter "
                        + where + ".Value is invalid.");
            }
            if (!names.add(dim.name())) {
                throw CloudWatchErrors.invalidParameterValue("No metric may have duplicate dimension names.");
            }
        }
    }

    private static double requireFinite(Double value, String parameter) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw CloudWatchErrors.invalidParameterValue("The value " + value + " for parameter " + parameter
                    + " is invalid.");
        }
        if (value != 0 && (Math.abs(value) > 1e108 || Math.abs(value) < 1e-130)) {
            throw CloudWatchErrors.invalidParameterValue("The value " + value + " for parameter " + parameter
                    + " is invalid.");
        }
        return value;
    }

    public ListMetricsResponse list(CloudWatchCall call, ListMetricsRequest r) {
        if (r.recentlyActive() != null && !r.recentlyActive().equals("PT3H")) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.recentlyActive()
                    + " for parameter RecentlyActive is invalid.");
        }
        long now = clock.millis();
        long since = now - (r.recentlyActive() != null ? RECENTLY_ACTIVE_MS : LISTED_FOR_MS);
        List<MetricDefinition> matching = new ArrayList<>();
        for (MetricDefinition d : store.definitions(call.accountId(), call.region(), r.namespace())) {
            if (d.lastPutMillis() >= since && (r.metricName() == null || r.metricName().equals(d.name()))
                    && hasDimensions(d, r.dimensions())) {
                matching.add(d);
            }
        }
        Page<MetricDefinition> page = Page.of(matching, d -> d.identity().id(), r.nextToken(), LIST_PAGE,
                CloudWatchErrors::invalidNextToken);
        List<Metric> metrics = page.items().stream()
                .map(d -> new Metric(d.namespace(), d.name(), d.dimensions())).toList();
        List<String> owners = Boolean.TRUE.equals(r.includeLinkedAccounts())
                ? page.items().stream().map(d -> d.identity().account()).toList() : null;
        return new ListMetricsResponse(metrics, page.nextMarker(), owners);
    }

    /** Whether the metric has every filtered dimension (with the given value, when one is given). */
    private static boolean hasDimensions(MetricDefinition d, List<DimensionFilter> filters) {
        if (filters == null) {
            return true;
        }
        for (DimensionFilter f : filters) {
            boolean found = d.dimensions().stream().anyMatch(dim -> dim.name().equals(f.name())
                    && (f.value() == null || f.value().equals(dim.value())));
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
