package dev.fakecloud.events;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every event bus, by ARN, in the state store. The ARN names its account and region. */
@Startup
@ApplicationScoped
public class BusStore {

    private final Table<String, EventBus> buses;

    public BusStore(StateStore store) {
        this.buses = store.sortedTable("events.buses", String.class, EventBus.class, Comparator.naturalOrder());
    }

    public Optional<EventBus> find(String arn) {
        return buses.find(arn);
    }

    /** Stores the bus unless one with its ARN exists; returns the existing one in that case, else null. */
    EventBus putIfAbsent(EventBus bus) {
        return buses.putIfAbsent(bus.arn(), bus);
    }

    Optional<EventBus> update(String arn, UnaryOperator<EventBus> change) {
        return Optional.ofNullable(buses.update(arn, change));
    }

    boolean remove(String arn) {
        return buses.remove(arn) != null;
    }

    /** The buses of one account and region, in name order. */
    List<EventBus> list(EventsCall call) {
        String prefix = call.arn("event-bus/");
        return buses.tail(prefix, true).stream().takeWhile(b -> b.arn().startsWith(prefix)).toList();
    }
}
