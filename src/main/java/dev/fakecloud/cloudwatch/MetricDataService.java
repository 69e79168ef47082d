package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.MetricReader.PeriodSamples;
import dev.fakecloud.cloudwatch.expression.Context;
import dev.fakecloud.cloudwatch.expression.Evaluator;
import dev.fakecloud.cloudwatch.expression.ExpressionException;
import dev.fakecloud.cloudwatch.expression.Parser;
import dev.fakecloud.cloudwatch.expression.Value;
import dev.fakecloud.cloudwatch.expression.Value.Series;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricDataRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricDataResponse;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataResult;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricStat;
import dev.fakecloud.cloudwatch.series.Statistic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GetMetricData: metric queries ({@code MetricStat}) and metric math expressions over them, results ordered by
 * {@code ScanBy} (newest first unless {@code TimestampAscending}), paged by {@code MaxDatapoints} with a
 * {@code NextToken} that resumes at the next data point.
 */
@ApplicationScoped
public class MetricDataService {

    static final int MAX_QUERIES = 500;
    static final int DEFAULT_MAX_DATAPOINTS = 100_800;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]{0,254}");

    private final MetricReader reader;
    private final Clock clock;

    @Inject
    public MetricDataService(MetricReader reader) {
        this(reader, Clock.systemUTC());
    }

    MetricDataService(MetricReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    public GetMetricDataResponse get(CloudWatchCall call, GetMetricDataRequest r) {
        List<MetricDataQuery> queries = r.metricDataQueries();
        if (queries == null) {
            throw CloudWatchErrors.missingParameter("MetricDataQueries");
        }
        if (r.startTime() == null) {
            throw CloudWatchErrors.missingParameter("StartTime");
        }
        if (r.endTime() == null) {
            throw CloudWatchErrors.missingParameter("EndTime");
        }
        if (queries.isEmpty() || queries.size() > MAX_QUERIES) {
            throw CloudWatchErrors.invalidParameterValue("The collection MetricDataQueries must contain between 1 "
                    + "and " + MAX_QUERIES + " items.");
        }
        boolean ascending = scanAscending(r.scanBy());
        int maxDatapoints = r.maxDatapoints() == null ? DEFAULT_MAX_DATAPOINTS : r.maxDatapoints();
        if (maxDatapoints <= 0) {
            throw CloudWatchErrors.invalidParameterValue("The parameter MaxDatapoints must be greater than 0.");
        }
        long start = r.startTime().toEpochMilli();
        long end = r.endTime().toEpochMilli();
        if (start >= end) {
            throw CloudWatchErrors.invalidParameterValue("The parameter StartTime must be less than the parameter "
                    + "EndTime.");
        }
        validate(queries);
        Map<String, Value> values = evaluate(call, queries, start, end);
        List<Series> shown = new ArrayList<>();
        List<MetricDataQuery> shownQueries = new ArrayList<>();
        for (MetricDataQuery q : queries) {
            if (!Boolean.FALSE.equals(q.returnData())) {
                shown.add(asSeries(values.get(q.id()), q, start, end));
                shownQueries.add(q);
            }
        }
        return page(shown, shownQueries, queries, ascending, maxDatapoints, r.nextToken());
    }

    private static boolean scanAscending(String scanBy) {
        if (scanBy == null || scanBy.equals("TimestampDescending")) {
            return false;
        }
        if (scanBy.equals("TimestampAscending")) {
            return true;
        }
        throw CloudWatchErrors.validation("1 validation error detected: Value '" + scanBy + "' at 'scanBy' failed to "
                + "satisfy constraint: Member must satisfy enum value set: [TimestampDescending, TimestampAscending]");
    }

    private static void validate(List<MetricDataQuery> queries) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            MetricDataQuery q = queries.get(i);
            String at = "MetricDataQueries.member." + (i + 1);
            if (q.id() == null) {
                throw CloudWatchErrors.missingParameter(at + ".Id");
            }
            if (!ID.matcher(q.id()).matches()) {
                throw CloudWatchErrors.validation("The value " + q.id() + " for parameter " + at + ".Id is invalid. "
                        + "Ids must start with a lowercase letter and contain only letters, numbers and underscores.");
            }
            if (!ids.add(q.id())) {
                throw CloudWatchErrors.validation("The values for parameter id in MetricDataQueries are not unique.");
            }
            if ((q.metricStat() == null) == (q.expression() == null)) {
                throw CloudWatchErrors.validation("The parameter " + at + " must contain exactly one of "
                        + "MetricStat or Expression.");
            }
            if (q.metricStat() != null) {
                validateStat(q.metricStat(), at + ".MetricStat");
            }
        }
        if (queries.stream().allMatch(q -> Boolean.FALSE.equals(q.returnData()))) {
            throw CloudWatchErrors.validation("At least one MetricDataQuery must have ReturnData set to true.");
        }
    }

    private static void validateStat(MetricStat s, String at) {
        if (s.metric() == null) {
            throw CloudWatchErrors.missingParameter(at + ".Metric");
        }
        if (s.metric().metricName() == null) {
            throw CloudWatchErrors.missingParameter(at + ".Metric.MetricName");
        }
        if (s.metric().namespace() == null) {
            throw CloudWatchErrors.missingParameter(at + ".Metric.Namespace");
        }
        if (s.period() == null) {
            throw CloudWatchErrors.missingParameter(at + ".Period");
        }
        if (s.stat() == null) {
            throw CloudWatchErrors.missingParameter(at + ".Stat");
        }
        if (!Periods.valid(s.period())) {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.period() + " for parameter " + at
                    + ".Period is invalid. Period must be 1, 5, 10, 30 or a multiple of 60.");
        }
        if (Statistic.parse(s.stat()) == null) {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.stat() + " for parameter " + at
                    + ".Stat is invalid.");
        }
        if (s.unit() != null && !Units.ALL.contains(s.unit())) {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.unit() + " for parameter " + at
                    + ".Unit is invalid.");
        }
    }

    /** Every query's value: metric queries first (expressions may use any of them), then expressions on demand. */
    private Map<String, Value> evaluate(CloudWatchCall call, List<MetricDataQuery> queries, long start, long end) {
        Map<String, MetricDataQuery> byId = new LinkedHashMap<>();
        queries.forEach(q -> byId.put(q.id(), q));
        Map<String, Value> values = new LinkedHashMap<>();
        List<Series> metrics = new ArrayList<>();
        long now = clock.millis();
        for (MetricDataQuery q : queries) {
            if (q.metricStat() != null) {
                Series s = read(call, q, queries, start, end, now);
                values.put(q.id(), s);
                metrics.add(s);
            }
        }
        int defaultPeriod = queries.stream().filter(q -> q.metricStat() != null)
                .map(q -> q.metricStat().period()).findFirst().orElse(60);
        Set<String> inProgress = new HashSet<>();
        Context context = new Context() {
            @Override
            public Value resolve(String id) {
                Value v = values.get(id);
                if (v != null) {
                    return v;
                }
                MetricDataQuery q = byId.get(id);
                if (q == null) {
                    throw new ExpressionException("Unrecognized metric id: " + id);
                }
                if (!inProgress.add(id)) {
                    throw new ExpressionException("Circular dependency on " + id);
                }
                Value computed = new Evaluator(this).evaluate(Parser.parse(q.expression()));
                values.put(id, computed);
                return computed;
            }

            @Override
            public List<Series> metrics() {
                return metrics;
            }

            @Override
            public long[] grid(int period) {
                long p = period * 1000L;
                long first = Math.floorDiv(start, p) * p;
                int n = (int) Math.max(0, Math.min(100_800, (end - first + p - 1) / p));
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = first + i * p;
                }
                return out;
            }

            @Override
            public int defaultPeriod() {
                return defaultPeriod;
            }
        };
        for (MetricDataQuery q : queries) {
            if (q.expression() != null && !values.containsKey(q.id())) {
                try {
                    context.resolve(q.id());
                } catch (ExpressionException e) {
                    throw CloudWatchErrors.validation("Error in expression " + q.id() + ": " + e.getMessage());
                } catch (ArithmeticException | IllegalArgumentException e) {
                    throw CloudWatchErrors.validation("Error in expression " + q.id() + ": " + e.getMessage());
                }
            }
        }
        return values;
    }

    private Series read(CloudWatchCall call, MetricDataQuery q, List<MetricDataQuery> all, long start, long end,
            long now) {
        MetricStat s = q.metricStat();
        MetricIdentity metric = new MetricIdentity(call.accountId(), call.region(), s.metric().namespace(),
                s.metric().metricName(), s.metric().dimensions());
        long alignedStart = dev.fakecloud.cloudwatch.series.Retention.roundStart(start, s.period(), now);
        List<PeriodSamples> periods = reader.periods(metric, alignedStart, end, s.period(), s.unit(), null);
        Statistic stat = Statistic.parse(s.stat());
        List<Long> ts = new ArrayList<>(periods.size());
        List<Double> vs = new ArrayList<>(periods.size());
        for (PeriodSamples p : periods) {
            Double v = stat.compute(p.samples());
            if (v != null) {
                ts.add(p.start());
                vs.add(v);
            }
        }
        long[] t = ts.stream().mapToLong(Long::longValue).toArray();
        double[] v = vs.stream().mapToDouble(Double::doubleValue).toArray();
        return new Series(Labels.defaultLabel(q, all), t, v, s.period());
    }

    /** A query's result as one series: a number becomes a flat line over the request's range. */
    private static Series asSeries(Value value, MetricDataQuery q, long start, long end) {
        return switch (value) {
            case Series s -> s;
            case Value.Scalar n -> {
                int period = q.period() == null ? 60 : q.period();
                long p = period * 1000L;
                long first = Math.floorDiv(start, p) * p;
                int count = (int) Math.max(0, Math.min(1440, (end - first + p - 1) / p));
                long[] t = new long[count];
                double[] v = new double[count];
                for (int i = 0; i < count; i++) {
                    t[i] = first + i * p;
                    v[i] = n.value();
                }
                yield new Series(q.id(), t, v, period);
            }
            case Value.SeriesArray a when a.series().size() == 1 -> a.series().get(0);
            case Value.SeriesArray a -> throw CloudWatchErrors.validation("Error in expression " + q.id()
                    + ": the expression returns " + a.series().size() + " time series; only expressions returning "
                    + "a single time series may return data.");
            case Value.Text t -> throw CloudWatchErrors.validation("Error in expression " + q.id()
                    + ": the expression returns a string.");
        };
    }

    /** Results in order, each one's points by ScanBy, cut after {@code max} points from the token's offset. */
    private static GetMetricDataResponse page(List<Series> shown, List<MetricDataQuery> queries,
            List<MetricDataQuery> all, boolean ascending, int max, String token) {
        long offset = token == null ? 0 : offsetOf(token);
        long position = 0;
        long budget = max;
        boolean cut = false;
        List<MetricDataResult> results = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Series s = shown.get(i);
            MetricDataQuery q = queries.get(i);
            String defaultLabel = Labels.defaultLabel(q, all);
            String label = q.label() == null ? defaultLabel
                    : Labels.render(q.label(), defaultLabel, q.metricStat(), s);
            List<Instant> timestamps = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            int n = s.size();
            for (int j = 0; j < n && !cut; j++) {
                if (position < offset) {
                    position++;
                    continue;
                }
                if (budget == 0) {
                    cut = true;
                    break;
                }
                int k = ascending ? j : n - 1 - j;
                double v = s.values()[k];
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    timestamps.add(Instant.ofEpochMilli(s.timestamps()[k]));
                    values.add(v);
                    budget--;
                }
                position++;
            }
            results.add(new MetricDataResult(q.id(), label, timestamps, values, cut ? "PartialData" : "Complete",
                    List.of()));
        }
        return new GetMetricDataResponse(results, cut ? tokenOf(position) : null, List.of());
    }

    private static String tokenOf(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("gmd:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static long offsetOf(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("gmd:")) {
                throw CloudWatchErrors.invalidNextToken();
            }
            return Long.parseLong(text.substring(4));
        } catch (IllegalArgumentException e) {
            throw CloudWatchErrors.invalidNextToken();
        }
    }
}
