package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All event source mappings, per account and region, by UUID. */
@ApplicationScoped
public class EventSourceMappingStore {

    private final Map<Scope, Map<String, EventSourceMapping>> mappings = new ConcurrentHashMap<>();
    private final Event<EventSourceMappingChanged> changed;

    public EventSourceMappingStore(Event<EventSourceMappingChanged> changed) {
        this.changed = changed;
    }

    private Map<String, EventSourceMapping> in(Scope scope) {
        return mappings.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
    }

    public Optional<EventSourceMapping> find(Scope scope, String uuid) {
        return Optional.ofNullable(in(scope).get(uuid));
    }

    public void put(EventSourceMapping mapping) {
        EventSourceMapping previous = in(mapping.scope()).put(mapping.uuid(), mapping);
        if (previous == null || previous.revision() != mapping.revision()) {
            changed.fire(new EventSourceMappingChanged(mapping));
        }
    }

    public void remove(EventSourceMapping mapping) {
        if (in(mapping.scope()).remove(mapping.uuid(), mapping)) {
            changed.fire(new EventSourceMappingChanged(mapping));
        }
    }

    /** The mappings of a scope in creation order. */
    public List<EventSourceMapping> list(Scope scope) {
        return in(scope).values().stream().sorted(Comparator.comparingLong(EventSourceMapping::sequence)).toList();
    }

    /** Every mapping of every scope in creation order. */
    public List<EventSourceMapping> all() {
        return mappings.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparingLong(EventSourceMapping::sequence)).toList();
    }
}
