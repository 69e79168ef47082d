package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.core.target.Targets;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.EventSourceMappingChanged;
import dev.fakecloud.lambda.esm.EventSourceMappingService;
import dev.fakecloud.lambda.invoke.Invoker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one {@link StreamMappingDelivery} per enabled stream mapping (Kinesis, DynamoDB Streams: whichever
 * {@link StreamSource}s exist) whose stream exists, each on its own event-loop context. Mapping changes arrive as
 * events; a slow timer only covers a stream created after its mapping. A deleted mapping's checkpoints go with it.
 */
@ApplicationScoped
public class StreamEventSourcePoller {

    static final long MISSING_STREAM_RECHECK_MS = 1000;

    private final EventSourceMappingService mappings;
    private final List<StreamSource<?>> sources;
    private final FunctionService functions;
    private final StreamMappingDelivery.Services services;
    private final Vertx vertx;
    private final Map<String, StreamMappingDelivery<?>> deliveries = new ConcurrentHashMap<>();
    private long recheckTimer = -1;

    public StreamEventSourcePoller(EventSourceMappingService mappings, Instance<StreamSource<?>> sources,
            FunctionService functions, Invoker invoker, Targets targets, StreamCheckpoints checkpoints, Vertx vertx) {
        this.mappings = mappings;
        this.sources = sources.stream().toList();
        this.functions = functions;
        this.vertx = vertx;
        this.services = new StreamMappingDelivery.Services(vertx, invoker, targets, checkpoints,
                (mapping, result) -> mappings.recordProcessingResult(mapping.scope(), mapping.uuid(), result));
    }

    void onStart(@Observes StartupEvent event) {
        recheckTimer = vertx.setPeriodic(MISSING_STREAM_RECHECK_MS, id -> reconcile());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(recheckTimer);
        deliveries.values().forEach(StreamMappingDelivery::close);
        deliveries.clear();
    }

    void onChange(@Observes EventSourceMappingChanged event) {
        EventSourceMapping m = event.mapping();
        if (!m.sourceType().stream()) {
            return;
        }
        if (mappings.find(m.scope(), m.uuid()).isEmpty()) {
            services.checkpoints().drop(m.uuid());
        }
        vertx.runOnContext(v -> reconcile());
    }

    synchronized void reconcile() {
        Set<String> wanted = new HashSet<>();
        for (StreamSource<?> source : sources) {
            for (EventSourceMapping m : mappings.mappingsFor(source.type())) {
                if (!m.polling() || !source.exists(m.eventSourceArn())) {
                    continue;
                }
                wanted.add(m.uuid());
                StreamMappingDelivery<?> existing = deliveries.get(m.uuid());
                if (existing == null) {
                    StreamMappingDelivery<?> delivery = create(source, m);
                    deliveries.put(m.uuid(), delivery);
                    delivery.start();
                } else if (existing.revision() != m.revision()) {
                    existing.update(m, role(m));
                }
            }
        }
        deliveries.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getKey())) {
                e.getValue().close();
                return true;
            }
            return false;
        });
    }

    private <R> StreamMappingDelivery<R> create(StreamSource<R> source, EventSourceMapping m) {
        return new StreamMappingDelivery<>(source, m, role(m), ((VertxInternal) vertx).createEventLoopContext(),
                services);
    }

    /** The role of the function a mapping invokes ({@code invokeIdentityArn}), or null when it is gone. */
    private String role(EventSourceMapping m) {
        try {
            return functions.resolve(m.scope(), FunctionRef.parse(m.functionArn(), null, m.scope())).version()
                    .config().role();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
