package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.EventsShapes.CreateEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.CreateEventBusResponse;
import dev.fakecloud.events.model.EventsShapes.DeleteEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeEventBusResponse;
import dev.fakecloud.events.model.EventsShapes.ListEventBusesRequest;
import dev.fakecloud.events.model.EventsShapes.ListEventBusesResponse;
import dev.fakecloud.events.model.EventsShapes.UpdateEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.UpdateEventBusResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** Event buses: the account's default bus (there from the first call that needs it), custom and partner buses. */
@ApplicationScoped
public class BusService {

    private final BusStore buses;
    private final RuleStore rules;
    private final TagStore tags;
    private final Clock clock = Clock.systemUTC();

    public BusService(BusStore buses, RuleStore rules, TagStore tags) {
        this.buses = buses;
        this.rules = rules;
        this.tags = tags;
    }

    /** The bus a name or ARN names (the default bus when null); the default bus exists from the first use on. */
    public EventBus resolve(EventsCall call, String nameOrArn) {
        String name = nameOrArn == null ? EventBus.DEFAULT : Names.busName(nameOrArn);
        EventsCall owner = ownerOf(call, nameOrArn);
        if (EventBus.DEFAULT.equals(name)) {
            return defaultBus(owner);
        }
        return buses.find(owner.arn("event-bus/" + name)).orElseThrow(() -> EventsErrors.busNotFound(name));
    }

    /** The bus by its ARN, if it exists (a default bus is created on first use). */
    public java.util.Optional<EventBus> byArn(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("event-bus/")) {
            return java.util.Optional.empty();
        }
        if (parts[5].equals("event-bus/default")) {
            return java.util.Optional.of(defaultBus(new EventsCall(parts[4], parts[3])));
        }
        return buses.find(arn);
    }

    /** The account and region an ARN names, or the caller's for a plain name. */
    static EventsCall ownerOf(EventsCall call, String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:")) {
            String[] parts = nameOrArn.split(":", 6);
            if (parts.length == 6) {
                return new EventsCall(parts[4], parts[3]);
            }
        }
        return call;
    }

    EventBus defaultBus(EventsCall call) {
        String arn = call.arn("event-bus/default");
        return buses.find(arn).orElseGet(() -> {
            long now = clock.millis();
            EventBus bus = new EventBus(EventBus.DEFAULT, arn, call.accountId(), call.region(), null, null, null, null,
                    null, null, now, now);
            EventBus existing = buses.putIfAbsent(bus);
            return existing != null ? existing : bus;
        });
    }

    CreateEventBusResponse create(EventsCall call, CreateEventBusRequest r) {
        Validation.start().required(r.name(), "name").length(r.name(), "name", 1, 256)
                .pattern(r.name(), "name", Names.BUS_NAME)
                .length(r.eventSourceName(), "eventSourceName", 1, 256)
                .pattern(r.eventSourceName(), "eventSourceName", Names.EVENT_SOURCE_NAME)
                .length(r.description(), "description", 0, 512)
                .length(r.kmsKeyIdentifier(), "kmsKeyIdentifier", 0, 2048)
                .throwIfInvalid();
        if (r.eventSourceName() != null && !r.eventSourceName().equals(r.name())) {
            throw EventsErrors.validation("Event source " + r.eventSourceName()
                    + " does not match the name of the event bus " + r.name() + ".");
        }
        if (r.name().contains("/") && r.eventSourceName() == null) {
            throw EventsErrors.invalidParameter("Name", "Event bus name must not contain '/'.");
        }
        if (EventBus.DEFAULT.equals(r.name())) {
            defaultBus(call);
            throw EventsErrors.alreadyExists("Event bus default already exists.");
        }
        long now = clock.millis();
        EventBus bus = new EventBus(r.name(), call.arn("event-bus/" + r.name()), call.accountId(), call.region(),
                r.description(), r.kmsKeyIdentifier(), r.deadLetterConfig(), r.logConfig(), null,
                r.eventSourceName(), now, now);
        if (buses.putIfAbsent(bus) != null) {
            throw EventsErrors.alreadyExists("Event bus " + r.name() + " already exists.");
        }
        tags.put(bus.arn(), r.tags());
        return new CreateEventBusResponse(bus.arn(), bus.description(), bus.kmsKeyIdentifier(),
                bus.deadLetterConfig(), bus.logConfig());
    }

    DescribeEventBusResponse describe(EventsCall call, DescribeEventBusRequest r) {
        Validation.start().length(r.name(), "name", 1, 1600).pattern(r.name(), "name", Names.BUS_NAME_OR_ARN)
                .throwIfInvalid();
        EventBus bus = resolve(call, r.name());
        return new DescribeEventBusResponse(bus.name(), bus.arn(), bus.description(), bus.kmsKeyIdentifier(),
                bus.deadLetterConfig(), bus.policy(), bus.logConfig(), Times.epoch(bus.createdMillis()),
                Times.epoch(bus.lastModifiedMillis()));
    }

    void delete(EventsCall call, DeleteEventBusRequest r) {
        Validation.start().required(r.name(), "name").length(r.name(), "name", 1, 256)
                .pattern(r.name(), "name", Names.BUS_NAME).throwIfInvalid();
        if (EventBus.DEFAULT.equals(r.name())) {
            throw EventsErrors.validation("Cannot delete event bus default.");
        }
        String arn = call.arn("event-bus/" + r.name());
        if (!buses.remove(arn)) {
            throw EventsErrors.busNotFound(r.name());
        }
        tags.drop(arn);
        for (EventRule rule : rules.onBus(arn)) {
            rules.remove(rule.arn());
            tags.drop(rule.arn());
        }
    }

    UpdateEventBusResponse update(EventsCall call, UpdateEventBusRequest r) {
        Validation.start().length(r.name(), "name", 1, 256).pattern(r.name(), "name", Names.BUS_NAME)
                .length(r.description(), "description", 0, 512)
                .length(r.kmsKeyIdentifier(), "kmsKeyIdentifier", 0, 2048).throwIfInvalid();
        EventBus bus = resolve(call, r.name());
        long now = clock.millis();
        EventBus updated = buses.update(bus.arn(), b -> b.updated(r.description(), r.kmsKeyIdentifier(),
                r.deadLetterConfig(), r.logConfig(), now)).orElseThrow(() -> EventsErrors.busNotFound(bus.name()));
        return new UpdateEventBusResponse(updated.arn(), updated.name(), updated.kmsKeyIdentifier(),
                updated.description(), updated.deadLetterConfig(), updated.logConfig());
    }

    ListEventBusesResponse list(EventsCall call, ListEventBusesRequest r) {
        Validation.start().length(r.namePrefix(), "namePrefix", 1, 256)
                .pattern(r.namePrefix(), "namePrefix", Names.BUS_NAME).range(r.limit(), "limit", 1, 100)
                .throwIfInvalid();
        defaultBus(call);
        List<EventBus> matching = buses.list(call).stream()
                .filter(b -> r.namePrefix() == null || b.name().startsWith(r.namePrefix())).toList();
        Page<EventBus> page = Paging.page(matching, EventBus::name, r.nextToken(), r.limit());
        return new ListEventBusesResponse(page.items().stream().map(b -> new dev.fakecloud.events.model.EventsShapes
                .EventBus(b.name(), b.arn(), b.description(), b.policy(), Times.epoch(b.createdMillis()),
                        Times.epoch(b.lastModifiedMillis()))).toList(), page.nextMarker());
    }

    /** Replaces the bus's resource policy (null removes it). */
    void setPolicy(EventBus bus, String policy) {
        long now = clock.millis();
        buses.update(bus.arn(), b -> b.withPolicy(policy, now));
    }
}
