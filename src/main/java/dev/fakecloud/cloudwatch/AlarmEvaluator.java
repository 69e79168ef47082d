package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.MetricReader.PeriodSamples;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.cloudwatch.series.Statistic;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates metric alarms (those on one metric; metric math alarms keep the state they are set to) every
 * {@value #EVERY_MS} ms, as CloudWatch does: the statistic of each of the last {@code EvaluationPeriods} periods
 * (the current one included) against the threshold; {@code DatapointsToAlarm} of them breaching puts the alarm in
 * ALARM, data that does not breach in OK, and periods without data count as {@code TreatMissingData} says
 * ({@code missing}: no data at all is INSUFFICIENT_DATA). A change of state runs the new state's actions. Then the
 * composite alarms whose children changed are evaluated ({@link CompositeAlarmService}).
 */
@ApplicationScoped
public class AlarmEvaluator {

    static final long EVERY_MS = 5_000;

    private final AlarmStore store;
    private final MetricReader reader;
    private final AlarmActions actions;
    private final CompositeAlarmService composites;
    private final Vertx vertx;
    private long timer = -1;

    public AlarmEvaluator(AlarmStore store, MetricReader reader, AlarmActions actions,
            CompositeAlarmService composites, Vertx vertx) {
        this.store = store;
        this.reader = reader;
        this.actions = actions;
        this.composites = composites;
        this.vertx = vertx;
    }

    /** Evaluates every alarm now; returns how many changed state. */
    int evaluateAll(long nowMillis) {
        int changed = 0;
        for (MetricAlarm a : store.all()) {
            if (a.metricName() != null && a.period() != null && a.threshold() != null && evaluate(a, nowMillis)) {
                changed++;
            }
        }
        return changed + composites.evaluateDue(Instant.ofEpochMilli(nowMillis));
    }

    private boolean evaluate(MetricAlarm a, long now) {
        String[] arn = a.alarmArn().split(":");
        MetricIdentity metric = new MetricIdentity(arn[4], arn[3], a.namespace(), a.metricName(), a.dimensions());
        long periodMs = a.period() * 1000L;
        long end = (now / periodMs + 1) * periodMs;
        int n = a.evaluationPeriods();
        long start = end - n * periodMs;
        Statistic stat = Statistic.parse(a.statistic() != null ? a.statistic() : a.extendedStatistic());
        if (stat == null) {
            return false;
        }
        Map<Long, Double> values = new HashMap<>();
        for (PeriodSamples p : reader.periods(metric, start, end, a.period(), a.unit(), null)) {
            Double v = stat.compute(p.samples());
            if (v != null) {
                values.put(p.start(), v);
            }
        }
        int m = a.datapointsToAlarm() == null ? n : a.datapointsToAlarm();
        int breaching = 0;
        int missing = 0;
        Double last = null;
        for (long t = start; t < end; t += periodMs) {
            Double v = values.get(t);
            if (v == null) {
                missing++;
                if ("breaching".equals(a.treatMissingData())) {
                    breaching++;
                }
            } else {
                last = v;
                if (breaches(a, v)) {
                    breaching++;
                }
            }
        }
        String state;
        String reason;
        if (breaching >= m) {
            state = "ALARM";
            reason = "Threshold Crossed: " + breaching + " out of the last " + n + " datapoints "
                    + (last == null ? "were missing" : "[" + last + "]") + " " + words(a) + " the threshold ("
                    + a.threshold() + ").";
        } else if (missing == n && ("missing".equals(a.treatMissingData()) || a.treatMissingData() == null)) {
            state = "INSUFFICIENT_DATA";
            reason = "Insufficient Data: " + n + " datapoints were unknown.";
        } else if (missing == n && "ignore".equals(a.treatMissingData())) {
            return false;
        } else {
            state = "OK";
            reason = "Threshold Crossed: no datapoints were " + words(a) + " the threshold (" + a.threshold() + ").";
        }
        if (state.equals(a.stateValue())) {
            return false;
        }
        MetricAlarm[] before = new MetricAlarm[1];
        MetricAlarm after = store.update(a.alarmArn(), current -> {
            before[0] = current;
            return current.stateValue().equals(state) ? current
                    : AlarmStates.with(current, state, reason, null, Instant.ofEpochMilli(now));
        });
        if (after == null || before[0].stateValue().equals(state)) {
            return false;
        }
        actions.changed(before[0], after);
        return true;
    }

    private static boolean breaches(MetricAlarm a, double v) {
        double t = a.threshold();
        return switch (a.comparisonOperator()) {
            case "GreaterThanOrEqualToThreshold" -> v >= t;
            case "GreaterThanThreshold" -> v > t;
            case "LessThanThreshold" -> v < t;
            case "LessThanOrEqualToThreshold" -> v <= t;
            default -> false;
        };
    }

    private static String words(MetricAlarm a) {
        String op = a.comparisonOperator();
        return op.replace("Threshold", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MS, id -> vertx.executeBlocking(() -> evaluateAll(System.currentTimeMillis()),
                false));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }
}
