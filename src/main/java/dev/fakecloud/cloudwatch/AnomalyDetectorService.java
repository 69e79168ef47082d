package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetector;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetectorConfiguration;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetectorRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DescribeAnomalyDetectorsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DescribeAnomalyDetectorsResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricMathAnomalyDetector;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Range;
import dev.fakecloud.cloudwatch.model.ResourceShapes.SingleMetricAnomalyDetector;
import dev.fakecloud.cloudwatch.series.Statistic;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Anomaly detectors, stored by the metric (or metric math) they model: put (create or replace the configuration),
 * describe (namespace, metric, dimension and type filters, paging), delete. A single-metric detector is answered in
 * both of AWS's forms (the legacy top-level members and {@code SingleMetricAnomalyDetector}) and stays in
 * {@code PENDING_TRAINING}: fakecloud trains no model and draws no band.
 */
@Startup
@ApplicationScoped
public class AnomalyDetectorService {

    private static final Set<String> TYPES = Set.of("SINGLE_METRIC", "METRIC_MATH");
    private static final int PAGE = 100;

    /** One stored detector and the key that identifies it in its account and region. */
    public record Detector(String key, AnomalyDetector detector) {
    }

    private final Table<String, Detector> detectors;

    public AnomalyDetectorService(StateStore store) {
        this.detectors = store.sortedTable("cloudwatch.anomaly-detectors", String.class, Detector.class,
                Comparator.naturalOrder());
    }

    public void put(CloudWatchCall call, AnomalyDetectorRequest r) {
        AnomalyDetector d = detector(call, r);
        if (r.configuration() != null && r.configuration().excludedTimeRanges() != null) {
            for (Range range : r.configuration().excludedTimeRanges()) {
                Requests.require(range.startTime(), "Configuration.ExcludedTimeRanges.member.StartTime");
                Requests.require(range.endTime(), "Configuration.ExcludedTimeRanges.member.EndTime");
                if (!range.startTime().isBefore(range.endTime())) {
                    throw CloudWatchErrors.invalidParameterValue("The StartTime of an excluded time range must be "
                            + "before its EndTime.");
                }
            }
        }
        String key = key(call, d);
        detectors.put(key, new Detector(key, d));
    }

    public void delete(CloudWatchCall call, AnomalyDetectorRequest r) {
        AnomalyDetector d = detector(call, r);
        if (detectors.remove(key(call, d)) == null) {
            throw CloudWatchErrors.resourceNotFoundException("No anomaly detector found for the given metric.");
        }
    }

    public DescribeAnomalyDetectorsResponse describe(CloudWatchCall call, DescribeAnomalyDetectorsRequest r) {
        int max = Requests.max(r.maxResults(), PAGE, Integer.MAX_VALUE, "maxResults");
        Set<String> types = r.anomalyDetectorTypes() == null || r.anomalyDetectorTypes().isEmpty() ? TYPES
                : Set.copyOf(r.anomalyDetectorTypes());
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw CloudWatchErrors.invalidParameterValue("The value " + type + " for parameter "
                        + "AnomalyDetectorTypes is invalid. Valid values: [SINGLE_METRIC, METRIC_MATH]");
            }
        }
        String prefix = prefix(call);
        List<Detector> matching = detectors.range(prefix, prefix + Character.MAX_VALUE).stream().filter(x -> {
            AnomalyDetector d = x.detector();
            SingleMetricAnomalyDetector s = d.singleMetricAnomalyDetector();
            if (s == null) {
                return types.contains("METRIC_MATH") && r.namespace() == null && r.metricName() == null
                        && r.dimensions() == null;
            }
            return types.contains("SINGLE_METRIC")
                    && (r.namespace() == null || r.namespace().equals(s.namespace()))
                    && (r.metricName() == null || r.metricName().equals(s.metricName()))
                    && (r.dimensions() == null || dimensions(r.dimensions()).equals(dimensions(s.dimensions())));
        }).toList();
        Page<Detector> page = Page.of(matching, Detector::key, r.nextToken(), max, CloudWatchErrors::invalidNextToken);
        return new DescribeAnomalyDetectorsResponse(page.items().stream().map(Detector::detector).toList(),
                page.nextMarker());
    }

    /** The detector a request names, in AWS's answer form; the request's three ways of naming it are checked. */
    private static AnomalyDetector detector(CloudWatchCall call, AnomalyDetectorRequest r) {
        boolean legacy = r.namespace() != null || r.metricName() != null || r.dimensions() != null
                || r.stat() != null;
        SingleMetricAnomalyDetector single = r.singleMetricAnomalyDetector();
        MetricMathAnomalyDetector math = r.metricMathAnomalyDetector();
        if ((legacy ? 1 : 0) + (single != null ? 1 : 0) + (math != null ? 1 : 0) > 1) {
            throw CloudWatchErrors.invalidParameterCombination("Specify exactly one of SingleMetricAnomalyDetector, "
                    + "MetricMathAnomalyDetector or the Namespace, MetricName, Dimensions and Stat parameters.");
        }
        AnomalyDetectorConfiguration config = r.configuration();
        if (math != null) {
            if (math.metricDataQueries() == null || math.metricDataQueries().isEmpty()) {
                throw CloudWatchErrors.missingParameter("MetricMathAnomalyDetector.MetricDataQueries");
            }
            for (MetricDataQuery q : math.metricDataQueries()) {
                Requests.require(q.id(), "MetricMathAnomalyDetector.MetricDataQueries.member.Id");
            }
            return new AnomalyDetector(null, null, null, null, config, null, r.metricCharacteristics(), null,
                    new MetricMathAnomalyDetector(List.copyOf(math.metricDataQueries())));
        }
        if (single == null) {
            single = new SingleMetricAnomalyDetector(null, r.namespace(), r.metricName(), r.dimensions(), r.stat());
        }
        Requests.require(single.namespace(), "Namespace");
        Requests.require(single.metricName(), "MetricName");
        Requests.require(single.stat(), "Stat");
        if (single.namespace().isEmpty() || single.namespace().startsWith(":")) {
            throw CloudWatchErrors.invalidParameterValue("The value " + single.namespace()
                    + " for parameter Namespace is invalid.");
        }
        if (Statistic.parse(single.stat()) == null) {
            throw CloudWatchErrors.invalidParameterValue("The value " + single.stat() + " for parameter Stat is "
                    + "invalid.");
        }
        List<Dimension> dims = single.dimensions() == null ? List.of() : List.copyOf(single.dimensions());
        for (Dimension dim : dims) {
            Requests.require(dim.name(), "Dimensions.member.Name");
            Requests.require(dim.value(), "Dimensions.member.Value");
        }
        if (dims.size() > 30) {
            throw CloudWatchErrors.invalidParameterValue("An anomaly detector's metric has at most 30 dimensions.");
        }
        String account = single.accountId() == null ? call.accountId() : single.accountId();
        SingleMetricAnomalyDetector stored = new SingleMetricAnomalyDetector(account, single.namespace(),
                single.metricName(), dims, single.stat());
        return new AnomalyDetector(single.namespace(), single.metricName(), dims, single.stat(), config,
                "PENDING_TRAINING", r.metricCharacteristics(), stored, null);
    }

    private static String prefix(CloudWatchCall call) {
        return call.arn("anomaly-detector", "");
    }

    private static String key(CloudWatchCall call, AnomalyDetector d) {
        SingleMetricAnomalyDetector s = d.singleMetricAnomalyDetector();
        if (s != null) {
            return prefix(call) + "single\u0000" + s.accountId() + "\u0000" + s.namespace() + "\u0000"
                    + s.metricName() + "\u0000" + dimensions(s.dimensions()) + "\u0000" + s.stat();
        }
        return prefix(call) + "math\u0000" + d.metricMathAnomalyDetector().metricDataQueries();
    }

    private static String dimensions(List<Dimension> dims) {
        return dims == null ? "" : dims.stream().map(x -> x.name() + "=" + x.value()).sorted()
                .collect(Collectors.joining("\u0001"));
    }
}
