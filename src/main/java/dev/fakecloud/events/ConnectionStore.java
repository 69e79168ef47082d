package dev.fakecloud.events;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Connections and API destinations, by account, region and name, in the state store. */
@Startup
@ApplicationScoped
public class ConnectionStore {

    private final Table<String, EventConnection> connections;
    private final Table<String, ApiDestinationRecord> destinations;

    public ConnectionStore(StateStore store) {
        this.connections = store.sortedTable("events.connections", String.class, EventConnection.class,
                Comparator.naturalOrder());
        this.destinations = store.sortedTable("events.api-destinations", String.class, ApiDestinationRecord.class,
                Comparator.naturalOrder());
    }

    static String key(EventsCall call, String name) {
        return call.accountId() + "/" + call.region() + "/" + name;
    }

    Optional<EventConnection> connection(EventsCall call, String name) {
        return connections.find(key(call, name));
    }

    EventConnection putIfAbsent(EventConnection c) {
        return connections.putIfAbsent(key(new EventsCall(c.accountId(), c.region()), c.name()), c);
    }

    Optional<EventConnection> update(EventsCall call, String name, UnaryOperator<EventConnection> change) {
        return Optional.ofNullable(connections.update(key(call, name), change));
    }

    Optional<EventConnection> removeConnection(EventsCall call, String name) {
        return Optional.ofNullable(connections.remove(key(call, name)));
    }

    List<EventConnection> connections(EventsCall call) {
        String prefix = key(call, "");
        return connections.tail(prefix, true).stream()
                .takeWhile(c -> key(new EventsCall(c.accountId(), c.region()), c.name()).startsWith(prefix)).toList();
    }

    Optional<EventConnection> connectionByArn(String arn) {
        return connections.values().stream().filter(c -> c.arn().equals(arn)).findFirst();
    }

    Optional<ApiDestinationRecord> destination(EventsCall call, String name) {
        return destinations.find(key(call, name));
    }

    ApiDestinationRecord putIfAbsent(ApiDestinationRecord d) {
        return destinations.putIfAbsent(key(new EventsCall(d.accountId(), d.region()), d.name()), d);
    }

    void put(ApiDestinationRecord d) {
        destinations.put(key(new EventsCall(d.accountId(), d.region()), d.name()), d);
    }

    boolean removeDestination(EventsCall call, String name) {
        return destinations.remove(key(call, name)) != null;
    }

    List<ApiDestinationRecord> destinations(EventsCall call) {
        String prefix = key(call, "");
        return destinations.tail(prefix, true).stream()
                .takeWhile(d -> key(new EventsCall(d.accountId(), d.region()), d.name()).startsWith(prefix)).toList();
    }
}
