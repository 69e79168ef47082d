package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.MetricReader.PeriodSamples;
import dev.fakecloud.cloudwatch.model.MetricShapes.Datapoint;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricStatisticsRequest;
import dev.fakecloud.cloudwatch.model.MetricShapes.GetMetricStatisticsResponse;
import dev.fakecloud.cloudwatch.series.Bucket;
import dev.fakecloud.cloudwatch.series.Retention;
import dev.fakecloud.cloudwatch.series.Statistic;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetMetricStatistics: the requested statistics of one metric per period, each unit the data was reported in
 * answered separately (or only {@code Unit}'s), within AWS's limits (1,440 data points, periods of 1, 5, 10, 30 or a
 * multiple of 60 seconds, coarser periods for older data).
 */
@ApplicationScoped
public class StatisticsService {

    static final int MAX_DATAPOINTS = 1440;
    private static final int MAX_EXTENDED = 10;

    private final MetricReader reader;
    private final Clock clock = Clock.systemUTC();

    public StatisticsService(MetricReader reader) {
        this.reader = reader;
    }

    public GetMetricStatisticsResponse get(CloudWatchCall call, GetMetricStatisticsRequest r) {
        require(r.namespace(), "Namespace");
        require(r.metricName(), "MetricName");
        require(r.startTime(), "StartTime");
        require(r.endTime(), "EndTime");
        require(r.period(), "Period");
        List<Statistic> statistics = statistics(r);
        if (!Periods.valid(r.period())) {
            throw CloudWatchErrors.invalidParameterValue("The parameter Period must be a multiple of 60.");
        }
        if (r.unit() != null && !Units.ALL.contains(r.unit())) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.unit() + " for parameter Unit is invalid.");
        }
        long now = clock.millis();
        long end = r.endTime().toEpochMilli();
        long start = Periods.alignedStart(r.startTime().toEpochMilli(), end, r.period(), now);
        long periodMs = r.period() * 1000L;
        long requested = (end - start + periodMs - 1) / periodMs;
        if (requested > MAX_DATAPOINTS) {
            throw CloudWatchErrors.invalidParameterCombination("You have requested up to " + requested
                    + " datapoints, which exceeds the limit of " + MAX_DATAPOINTS + ". You may reduce the datapoints "
                    + "requested by increasing Period, or decreasing the time range.");
        }
        List<Datapoint> datapoints = new ArrayList<>();
        if (Retention.periodAllowed(now - start, r.period())) {
            MetricIdentity metric = new MetricIdentity(call.accountId(), call.region(), r.namespace(), r.metricName(),
                    r.dimensions());
            Map<String, List<PeriodSamples>> byUnit = reader.periodsByUnit(metric, start, end, r.period());
            byUnit.forEach((unit, periods) -> {
                if (r.unit() == null || r.unit().equals(unit)) {
                    periods.forEach(p -> datapoints.add(datapoint(p, statistics)));
                }
            });
        }
        datapoints.sort(Comparator.comparing(Datapoint::timestamp));
        return new GetMetricStatisticsResponse(r.metricName(), datapoints);
    }

    private static List<Statistic> statistics(GetMetricStatisticsRequest r) {
        boolean basic = r.statistics() != null && !r.statistics().isEmpty();
        boolean extended = r.extendedStatistics() != null && !r.extendedStatistics().isEmpty();
        if (basic && extended) {
            throw CloudWatchErrors.invalidParameterCombination("Must specify either Statistics or "
                    + "ExtendedStatistics, but not both.");
        }
        if (!basic && !extended) {
            throw CloudWatchErrors.invalidParameterCombination("Must specify either Statistics or "
                    + "ExtendedStatistics.");
        }
        List<Statistic> out = new ArrayList<>();
        if (basic) {
            for (String s : r.statistics()) {
                if (!(Statistic.parse(s) instanceof Statistic.Basic b)) {
                    throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.statistics()
                            + "' at 'statistics' failed to satisfy constraint: Member must satisfy constraint: "
                            + "[Member must satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]]");
                }
                out.add(b);
            }
        } else {
            if (r.extendedStatistics().size() > MAX_EXTENDED) {
                throw CloudWatchErrors.invalidParameterValue("The collection ExtendedStatistics must not have a "
                        + "size greater than " + MAX_EXTENDED + ".");
            }
            for (String s : r.extendedStatistics()) {
                if (!(Statistic.parse(s) instanceof Statistic.Extended e) || e.kind() != Statistic.Extended.Kind.PERCENTILE) {
                    throw CloudWatchErrors.invalidParameterValue("The value " + s + " for parameter "
                            + "ExtendedStatistics is not supported.");
                }
                out.add(e);
            }
        }
        return out;
    }

    private static Datapoint datapoint(PeriodSamples p, List<Statistic> statistics) {
        Bucket s = p.samples();
        Double count = null;
        Double average = null;
        Double sum = null;
        Double min = null;
        Double max = null;
        Map<String, Double> extended = null;
        for (Statistic stat : statistics) {
            switch (stat) {
                case Statistic.Basic b -> {
                    switch (b) {
                        case SAMPLE_COUNT -> count = s.sampleCount();
                        case AVERAGE -> average = s.average();
                        case SUM -> sum = s.sum();
                        case MINIMUM -> min = s.min();
                        case MAXIMUM -> max = s.max();
                    }
                }
                case Statistic.Extended e -> {
                    Double v = e.compute(s);
                    if (v != null) {
                        if (extended == null) {
                            extended = new LinkedHashMap<>();
                        }
                        extended.put(e.name(), v);
                    }
                }
            }
        }
        return new Datapoint(Instant.ofEpochMilli(p.start()), count, average, sum, min, max, s.unit(), extended);
    }

    private static void require(Object value, String parameter) {
        if (value == null) {
            throw CloudWatchErrors.missingParameter(parameter);
        }
    }
}
