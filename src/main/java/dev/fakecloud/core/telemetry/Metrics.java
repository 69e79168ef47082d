package dev.fakecloud.core.telemetry;

import java.util.List;

/**
 * Where services report their metrics (Lambda its {@code AWS/Lambda} metrics for every invocation), without knowing
 * the service that keeps them: CloudWatch implements it. Recording is quick and never blocks or throws, so it can be
 * called from an event loop on every invocation.
 */
public interface Metrics {

    void record(List<MetricDatum> data);
}
