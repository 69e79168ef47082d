package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import java.util.List;

/**
 * A metric that has received data, for ListMetrics: its identity and when it last received a data point (kept to the
 * minute, so that a busy metric does not rewrite its definition on every datum).
 */
public record MetricDefinition(MetricIdentity identity, long lastPutMillis) {

    public String namespace() {
        return identity.namespace();
    }

    public String name() {
        return identity.name();
    }

    public List<Dimension> dimensions() {
        return identity.dimensions();
    }
}
