package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.telemetry.MetricDatum;
import dev.fakecloud.core.telemetry.MetricDatum.Dimension;
import dev.fakecloud.core.telemetry.Metrics;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.ResolvedFunction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda's {@code AWS/Lambda} metrics, as AWS emits them for every invocation whatever its source: {@code Invocations},
 * {@code Errors}, {@code Duration} (milliseconds) and {@code ConcurrentExecutions} when a function has run,
 * {@code Throttles} when the concurrency gate refused one (a throttled request is not an invocation). Each is
 * reported for the account (no dimension), by {@code FunctionName}, by {@code Resource} ({@code name:qualifier}) when
 * the caller gave a qualifier, and with {@code ExecutedVersion} when an alias picked the version; for asynchronous
 * invocations also {@code AsyncEventsReceived} and {@code AsyncEventAge} (milliseconds). Reporting only
 * hands the data to {@link Metrics}, which never blocks.
 */
@Startup
@ApplicationScoped
public class LambdaMetrics {

    static final String NAMESPACE = "AWS/Lambda";
    private static final String COUNT = "Count";

    private final Metrics metrics;
    private final ConcurrencyGate gate;

    public LambdaMetrics(Metrics metrics, ConcurrencyGate gate) {
        this.metrics = metrics;
        this.gate = gate;
        gate.onThrottle(this::throttled);
    }

    /** One invocation that ran: its duration and whether the function failed. */
    public void invoked(ResolvedFunction target, double durationMs, boolean failed) {
        Instant now = Instant.now();
        List<List<Dimension>> dimensions = dimensionsOf(target);
        double running = Math.max(1, gate.running(target.function()));
        List<MetricDatum> data = new ArrayList<>(dimensions.size() * 4);
        for (List<Dimension> dims : dimensions) {
            data.add(datum(target.function(), "Invocations", dims, now, 1, COUNT));
            data.add(datum(target.function(), "Errors", dims, now, failed ? 1 : 0, COUNT));
            data.add(datum(target.function(), "Duration", dims, now, durationMs, "Milliseconds"));
            data.add(datum(target.function(), "ConcurrentExecutions", dims, now, running, COUNT));
        }
        metrics.record(data);
    }

    /** An asynchronous event was queued for the function. */
    public void asyncReceived(ResolvedFunction target) {
        Instant now = Instant.now();
        List<MetricDatum> data = new ArrayList<>();
        for (List<Dimension> dims : dimensionsOf(target)) {
            data.add(datum(target.function(), "AsyncEventsReceived", dims, now, 1, COUNT));
        }
        metrics.record(data);
    }

    /** An asynchronous event starts an attempt, {@code ageMs} after it was received. */
    public void asyncEventAge(ResolvedFunction target, long ageMs) {
        Instant now = Instant.now();
        List<MetricDatum> data = new ArrayList<>();
        for (List<Dimension> dims : dimensionsOf(target)) {
            data.add(datum(target.function(), "AsyncEventAge", dims, now, Math.max(0, ageMs), "Milliseconds"));
        }
        metrics.record(data);
    }

    /** One invocation the concurrency limits refused. */
    void throttled(LambdaFunction fn) {
        Instant now = Instant.now();
        List<Dimension> byName = List.of(new Dimension("FunctionName", fn.name()));
        metrics.record(List.of(datum(fn, "Throttles", List.of(), now, 1, COUNT),
                datum(fn, "Throttles", byName, now, 1, COUNT)));
    }

    private static List<List<Dimension>> dimensionsOf(ResolvedFunction target) {
        String name = target.function().name();
        Dimension functionName = new Dimension("FunctionName", name);
        List<List<Dimension>> out = new ArrayList<>(4);
        out.add(List.of());
        out.add(List.of(functionName));
        if (target.qualifier() != null) {
            Dimension resource = new Dimension("Resource", name + ":" + target.qualifier());
            out.add(List.of(functionName, resource));
            if (target.alias() != null) {
                out.add(List.of(functionName, resource, new Dimension("ExecutedVersion", target.executedVersion())));
            }
        }
        return out;
    }

    private static MetricDatum datum(LambdaFunction fn, String name, List<Dimension> dims, Instant at, double value,
            String unit) {
        return new MetricDatum(fn.scope(), NAMESPACE, name, dims, at, value, unit);
    }
}
