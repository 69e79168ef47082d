package dev.fakecloud.core.telemetry;

import dev.fakecloud.core.Scope;
import java.time.Instant;
import java.util.List;

/**
 * One observation a service reports about itself, as CloudWatch stores it: a value of a metric (namespace, name and
 * dimensions, in the order given) at a time, in a unit (CloudWatch's unit names, e.g. {@code Count},
 * {@code Milliseconds}).
 */
public record MetricDatum(Scope scope, String namespace, String name, List<Dimension> dimensions, Instant timestamp,
        double value, String unit) {

    public MetricDatum {
        dimensions = List.copyOf(dimensions);
    }

    /** One dimension of a metric: a name and its value. */
    public record Dimension(String name, String value) {
    }
}
