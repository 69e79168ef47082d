package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.EventSourceMappingChanged;
import dev.fakecloud.lambda.esm.EventSourceMappingService;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.invoke.Invoker;
import dev.fakecloud.sqs.QueueLifecycle;
import dev.fakecloud.sqs.SqsService;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one {@link SqsDelivery} per enabled SQS event source mapping whose queue exists, each on a Vert.x context of
 * its own. Nothing polls: messages reach functions because the queue signals each delivery, and mapping changes and
 * queues created or deleted reach this class as events. All its own work runs on one context, so the deliveries map
 * needs no lock.
 */
@ApplicationScoped
public class SqsEventSourcePoller {

    private final EventSourceMappingService mappings;
    private final SqsService sqs;
    private final Invoker invoker;
    private final Vertx vertx;
    private final Context context;
    private final Map<String, SqsDelivery> deliveries = new HashMap<>();

    public SqsEventSourcePoller(EventSourceMappingService mappings, SqsService sqs, Invoker invoker, Vertx vertx) {
        this.mappings = mappings;
        this.sqs = sqs;
        this.invoker = invoker;
        this.vertx = vertx;
        this.context = newContext();
    }

    /** Mappings restored at start-up begin delivering. */
    void onStart(@Observes StartupEvent event) {
        context.runOnContext(v -> reconcile());
    }

    /** Runs after the change, off the caller's locks. */
    void onChange(@Observes EventSourceMappingChanged event) {
        if (event.mapping().sourceType() == SourceType.SQS) {
            context.runOnContext(v -> reconcile());
        }
    }

    /** A queue appeared or went: mappings on it start, stop, or start over on the new queue of that name. */
    void onQueue(@Observes QueueLifecycle event) {
        context.runOnContext(v -> {
            deliveries.values().removeIf(d -> {
                if (event.queueArn().equals(d.mapping().eventSourceArn())) {
                    d.close();
                    return true;
                }
                return false;
            });
            reconcile();
        });
    }

    private void reconcile() {
        Set<String> wanted = new HashSet<>();
        for (EventSourceMapping m : mappings.mappingsFor(SourceType.SQS)) {
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
            SqsDelivery delivery = new SqsDelivery(m, new SqsMessageSource(sqs, m.eventSourceArn()),
                    invocation -> invoker.invoke(invocation, "Invoke"), newContext(),
                    (mapping, result) -> mappings.recordProcessingResult(mapping.scope(), mapping.uuid(), result));
            deliveries.put(m.uuid(), delivery);
            delivery.start();
        }
        deliveries.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getKey())) {
                e.getValue().close();
                return true;
            }
            return false;
        });
    }

    /** A context of its own, on one of the event loops (round robin), so deliveries spread over them. */
    private Context newContext() {
        return vertx instanceof VertxInternal internal ? internal.createEventLoopContext() : vertx.getOrCreateContext();
    }
}
