package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * All event source mappings, per account and region, by UUID, in the state store. Pollers hear of every change of
 * a mapping's settings through {@link EventSourceMappingChanged}.
 */
@Startup
@ApplicationScoped
public class EventSourceMappingStore {

    /** A mapping by account, region and UUID. */
    public record MappingKey(Scope scope, String uuid) {
    }

    private final Table<MappingKey, EventSourceMapping> mappings;
    private final Event<EventSourceMappingChanged> changed;
    private final Object insertLock = new Object();

    public EventSourceMappingStore(StateStore store, Event<EventSourceMappingChanged> changed) {
        this.mappings = store.table("lambda.event-source-mappings", MappingKey.class, EventSourceMapping.class);
        this.changed = changed;
    }

    public Optional<EventSourceMapping> find(Scope scope, String uuid) {
        return mappings.find(new MappingKey(scope, uuid));
    }

    /**
     * Adds a new mapping after {@code check} has seen the scope's others (and not refused it), so that two
     * conflicting mappings can't both be created.
     */
    public void insert(EventSourceMapping mapping, Consumer<List<EventSourceMapping>> check) {
        synchronized (insertLock) {
            check.accept(list(mapping.scope()));
            mappings.put(new MappingKey(mapping.scope(), mapping.uuid()), mapping);
        }
        changed.fire(new EventSourceMappingChanged(mapping));
    }

    public void put(EventSourceMapping mapping) {
        EventSourceMapping[] previous = new EventSourceMapping[1];
        mappings.upsert(new MappingKey(mapping.scope(), mapping.uuid()), current -> {
            previous[0] = current;
            return mapping;
        });
        if (previous[0] == null || previous[0].revision() != mapping.revision()) {
            changed.fire(new EventSourceMappingChanged(mapping));
        }
    }

    /**
     * Changes a mapping atomically; {@code change} returns the next value (or the same one to change nothing, or
     * null to remove it) or throws to refuse. Returns the new value, or empty when there is (now) none.
     */
    public Optional<EventSourceMapping> update(Scope scope, String uuid, UnaryOperator<EventSourceMapping> change) {
        EventSourceMapping[] previous = new EventSourceMapping[1];
        EventSourceMapping next = mappings.update(new MappingKey(scope, uuid), current -> {
            previous[0] = current;
            return change.apply(current);
        });
        if (previous[0] != null && (next == null || previous[0].revision() != next.revision())) {
            changed.fire(new EventSourceMappingChanged(next != null ? next : previous[0]));
        }
        return Optional.ofNullable(next);
    }

    public void remove(EventSourceMapping mapping) {
        if (mappings.remove(new MappingKey(mapping.scope(), mapping.uuid()), mapping)) {
            changed.fire(new EventSourceMappingChanged(mapping));
        }
    }

    /** The mappings of a scope in creation order. */
    public List<EventSourceMapping> list(Scope scope) {
        return mappings.values().stream().filter(m -> m.scope().equals(scope))
                .sorted(Comparator.comparingLong(EventSourceMapping::sequence)).toList();
    }

    /** Every mapping of every scope in creation order. */
    public List<EventSourceMapping> all() {
        return mappings.values().stream().sorted(Comparator.comparingLong(EventSourceMapping::sequence)).toList();
    }

    /** The highest creation sequence in use, so that numbering continues after a restart. */
    long lastSequence() {
        return mappings.values().stream().mapToLong(EventSourceMapping::sequence).max().orElse(0);
    }
}
