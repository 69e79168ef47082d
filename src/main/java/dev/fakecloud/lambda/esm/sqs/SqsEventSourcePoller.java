package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.EventSourceMappingChanged;
import dev.fakecloud.lambda.esm.EventSourceMappingService;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.invoke.Invoker;
import dev.fakecloud.sqs.SqsService;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one {@link SqsDelivery} per enabled SQS event source mapping whose queue exists. Messages reach functions
 * because the queue signals each delivery when they arrive; mapping changes reach this class as events. A slow
 * timer only covers a queue created after its mapping.
 */
@ApplicationScoped
public class SqsEventSourcePoller {

    /** How soon a mapping whose queue did not exist yet notices the queue. */
    static final long MISSING_QUEUE_RECHECK_MS = 1000;

    private final EventSourceMappingService mappings;
    private final SqsService sqs;
    private final Invoker invoker;
    private final Vertx vertx;
    private final Map<String, SqsDelivery> deliveries = new ConcurrentHashMap<>();

    public SqsEventSourcePoller(EventSourceMappingService mappings, SqsService sqs, Invoker invoker, Vertx vertx) {
        this.mappings = mappings;
        this.sqs = sqs;
        this.invoker = invoker;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(MISSING_QUEUE_RECHECK_MS, id -> reconcile());
    }

    /** Runs after the change, off the caller's locks. */
    void onChange(@Observes EventSourceMappingChanged event) {
        if (event.mapping().sourceType() == SourceType.SQS) {
            vertx.runOnContext(v -> reconcile());
        }
    }

    synchronized void reconcile() {
        List<EventSourceMapping> current = mappings.mappingsFor(SourceType.SQS);
        Set<String> wanted = new HashSet<>();
        for (EventSourceMapping m : current) {
            if (!m.polling() || !sqs.exists(m.eventSourceArn())) {
                continue;
            }
            wanted.add(m.uuid());
            SqsDelivery existing = deliveries.get(m.uuid());
            if (existing != null && existing.mapping().revision() == m.revision()) {
                continue;
            }
            if (existing != null) {
                existing.close();
            }
            deliveries.put(m.uuid(), new SqsDelivery(m, sqs, invoker, vertx,
                    (mapping, result) -> mappings.recordProcessingResult(mapping.scope(), mapping.uuid(), result)));
        }
        deliveries.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getKey())) {
                e.getValue().close();
                return true;
            }
            return false;
        });
    }
}
