package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.ResourceShapes.OTelEnrichmentResponse;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether vended metrics are enriched for OpenTelemetry and PromQL, per account and region: {@code Stopped} until
 * StartOTelEnrichment, as on AWS. The switch is stored; fakecloud adds no labels to metrics.
 */
@Startup
@ApplicationScoped
public class OTelEnrichmentService {

    /** The switch of one account and region. */
    public record Enrichment(boolean running) {
    }

    private final Table<String, Enrichment> enrichment;

    public OTelEnrichmentService(StateStore store) {
        this.enrichment = store.table("cloudwatch.otel-enrichment", String.class, Enrichment.class);
    }

    public OTelEnrichmentResponse get(CloudWatchCall call) {
        Enrichment e = enrichment.get(key(call));
        return new OTelEnrichmentResponse(e != null && e.running() ? "Running" : "Stopped");
    }

    public void start(CloudWatchCall call) {
        enrichment.put(key(call), new Enrichment(true));
    }

    public void stop(CloudWatchCall call) {
        enrichment.put(key(call), new Enrichment(false));
    }

    private static String key(CloudWatchCall call) {
        return call.accountId() + ":" + call.region();
    }
}
