package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.MetricShapes.Dimension;
import java.util.Comparator;
import java.util.List;

/**
 * What names one metric: account, region, namespace, metric name and dimensions. The order in which dimensions are
 * given does not matter (they are kept sorted by name), so the same set always names the same metric.
 */
public record MetricIdentity(String account, String region, String namespace, String name,
        List<Dimension> dimensions) {

    private static final char SEP = '\u001f';

    public MetricIdentity {
        dimensions = dimensions == null ? List.of()
                : dimensions.stream().sorted(Comparator.comparing(Dimension::name)).toList();
    }

    /** A string that orders metrics by account, region, namespace, name and dimensions: the store's key. */
    public String id() {
        StringBuilder b = new StringBuilder(64).append(account).append(SEP).append(region).append(SEP)
                .append(namespace).append(SEP).append(name);
        for (Dimension d : dimensions) {
            b.append(SEP).append(d.name()).append('=').append(d.value());
        }
        return b.toString();
    }

    /** The key prefix of every metric of an account and region. */
    static String scopePrefix(String account, String region) {
        return account + SEP + region + SEP;
    }

    /** The key prefix of every metric of a namespace. */
    static String namespacePrefix(String account, String region, String namespace) {
        return scopePrefix(account, region) + namespace + SEP;
    }
}
