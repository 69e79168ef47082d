package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import dev.fakecloud.cloudwatch.model.MetricShapes.Metric;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricDataQuery;
import dev.fakecloud.cloudwatch.model.MetricShapes.MetricStat;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetector;
import dev.fakecloud.cloudwatch.model.ResourceShapes.AnomalyDetectorConfiguration;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetMetricStreamResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.InsightRule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricCharacteristics;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricMathAnomalyDetector;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamFilter;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamStatisticsConfiguration;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamStatisticsMetric;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Range;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Rule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Schedule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.SingleMetricAnomalyDetector;
import dev.fakecloud.core.store.StoreEngine;
import dev.fakecloud.core.store.Table;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the new CloudWatch resources store is read back as it was written, after a restart on a data directory. */
class CloudWatchStateRoundTripTest {

    @TempDir
    Path dir;

    static final Instant T = Instant.parse("2026-12-04T21:00:00.123456789Z");

    <V> V roundTrip(String table, Class<V> type, V value) {
        StoreEngine engine = new StoreEngine(new StoreEngine.Options(dir, false, 1 << 20));
        Table<String, V> t = engine.table(table, String.class, type);
        t.put("k", value);
        engine.close();
        StoreEngine again = new StoreEngine(new StoreEngine.Options(dir, false, 1 << 20));
        V back = again.table(table, String.class, type).get("k");
        again.close();
        return back;
    }

    @Test
    void everyNewStoredRecordSurvivesARestart() {
        CompositeAlarm composite = new CompositeAlarm(true, List.of("arn:aws:sns:us-east-1:1:t"), "arn:a", T, "d",
                "n", "ALARM(x) AND NOT OK(\"y z\")", List.of(), List.of("arn:ok"), "r", "{}", T, "OK", T, null, null,
                "arn:s", 60, 120);
        assertThat(roundTrip("cloudwatch.composite-alarms", CompositeAlarm.class, composite)).isEqualTo(composite);

        GetMetricStreamResponse stream = new GetMetricStreamResponse("arn:s", "s",
                List.of(new MetricStreamFilter("AWS/Lambda", List.of("Errors"))), List.of(), "arn:f", "arn:r",
                "stopped", T, T.plusSeconds(1), "json", List.of(new MetricStreamStatisticsConfiguration(
                        List.of(new MetricStreamStatisticsMetric("AWS/Lambda", "Duration")), List.of("p99"))), true);
        assertThat(roundTrip("cloudwatch.metric-streams", GetMetricStreamResponse.class, stream)).isEqualTo(stream);

        List<Dimension> dims = List.of(new Dimension("FunctionName", "f"));
        AnomalyDetectorConfiguration config = new AnomalyDetectorConfiguration(List.of(new Range(T, T.plusSeconds(60))),
                "UTC");
        var single = new AnomalyDetectorService.Detector("k1", new AnomalyDetector("ns", "m", dims, "Average", config,
                "PENDING_TRAINING", new MetricCharacteristics(true), new SingleMetricAnomalyDetector("1", "ns", "m",
                        dims, "Average"), null));
        assertThat(roundTrip("cloudwatch.anomaly-detectors", AnomalyDetectorService.Detector.class, single))
                .isEqualTo(single);
        var math = new AnomalyDetectorService.Detector("k2", new AnomalyDetector(null, null, null, null, null, null,
                null, null, new MetricMathAnomalyDetector(List.of(new MetricDataQuery("m1", new MetricStat(
                        new Metric("ns", "m", dims), 60, "Sum", null), null, null, true, null, null)))));
        assertThat(roundTrip("cloudwatch.anomaly-detectors", AnomalyDetectorService.Detector.class, math))
                .isEqualTo(math);

        var rule = new InsightRuleService.StoredRule("arn:i", new InsightRule("i", "ENABLED", "CloudWatchLogRule/1",
                "{}", false, false), null, null);
        assertThat(roundTrip("cloudwatch.insight-rules", InsightRuleService.StoredRule.class, rule)).isEqualTo(rule);

        var mute = new MuteRuleService.MuteRule("arn:m", "m", "d", new Rule(new Schedule("at(2026-12-04T21:00)",
                "PT1H", "UTC")), List.of("a"), null, T, T, T.plusSeconds(3600), "ONE_TIME", T);
        assertThat(roundTrip("cloudwatch.alarm-mute-rules", MuteRuleService.MuteRule.class, mute)).isEqualTo(mute);

        var otel = new OTelEnrichmentService.Enrichment(true);
        assertThat(roundTrip("cloudwatch.otel-enrichment", OTelEnrichmentService.Enrichment.class, otel))
                .isEqualTo(otel);
    }
}
