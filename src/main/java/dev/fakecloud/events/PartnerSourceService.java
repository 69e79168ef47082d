package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.events.model.EndpointShapes.ActivateEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.CreatePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.CreatePartnerEventSourceResponse;
import dev.fakecloud.events.model.EndpointShapes.DeactivateEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DeletePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribeEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribeEventSourceResponse;
import dev.fakecloud.events.model.EndpointShapes.DescribePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribePartnerEventSourceResponse;
import dev.fakecloud.events.model.EndpointShapes.EventSource;
import dev.fakecloud.events.model.EndpointShapes.ListEventSourcesRequest;
import dev.fakecloud.events.model.EndpointShapes.ListEventSourcesResponse;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourceAccountsRequest;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourceAccountsResponse;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourcesRequest;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourcesResponse;
import dev.fakecloud.events.model.EndpointShapes.PartnerEventSource;
import dev.fakecloud.events.model.EndpointShapes.PartnerEventSourceAccount;
import dev.fakecloud.events.model.EndpointShapes.PutPartnerEventsRequest;
import dev.fakecloud.events.model.EndpointShapes.PutPartnerEventsRequestEntry;
import dev.fakecloud.events.model.EndpointShapes.PutPartnerEventsResponse;
import dev.fakecloud.events.model.EndpointShapes.PutPartnerEventsResultEntry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner event sources, from both sides: the partner creates, lists and deletes them and puts events; the customer
 * account describes, lists, activates and deactivates them. Partner events reach the customer's partner bus (the
 * bus named after the source) while the source is ACTIVE.
 */
@Startup
@ApplicationScoped
public class PartnerSourceService {

    private final Table<String, PartnerSource> sources;
    private final BusStore buses;
    private final EventRouter router;

    public PartnerSourceService(StateStore store, BusStore buses, EventRouter router) {
        this.sources = store.sortedTable("events.partner-sources", String.class, PartnerSource.class,
                Comparator.naturalOrder());
        this.buses = buses;
        this.router = router;
    }

    private static String key(String region, String name, String account) {
        return region + "|" + name + "|" + account;
    }

    private static void validateName(Validation v, String name, String member) {
        v.required(name, member).length(name, member, 1, 256).pattern(name, member, Names.EVENT_SOURCE_NAME);
    }

    CreatePartnerEventSourceResponse create(EventsCall call, CreatePartnerEventSourceRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        v.required(r.account(), "account").pattern(r.account(), "account", Names.ACCOUNT_ID).throwIfInvalid();
        String arn = "arn:aws:events:" + call.region() + "::event-source/" + r.name();
        PartnerSource source = new PartnerSource(r.name(), arn, call.accountId(), r.account(), call.region(),
                "PENDING", System.currentTimeMillis());
        if (sources.putIfAbsent(key(call.region(), r.name(), r.account()), source) != null) {
            throw EventsErrors.alreadyExists("Event source " + r.name() + " already exists.");
        }
        return new CreatePartnerEventSourceResponse(arn);
    }

    void delete(EventsCall call, DeletePartnerEventSourceRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        v.required(r.account(), "account").pattern(r.account(), "account", Names.ACCOUNT_ID).throwIfInvalid();
        sources.remove(key(call.region(), r.name(), r.account()));
    }

    private List<PartnerSource> named(String region, String name) {
        String prefix = region + "|" + name + "|";
        return sources.tail(prefix, true).stream()
                .takeWhile(s -> key(s.region(), s.name(), s.account()).startsWith(prefix)).toList();
    }

    DescribePartnerEventSourceResponse describePartner(EventsCall call, DescribePartnerEventSourceRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        v.throwIfInvalid();
        PartnerSource s = named(call.region(), r.name()).stream().findFirst()
                .orElseThrow(() -> EventsErrors.notFound("Event source " + r.name() + " does not exist."));
        return new DescribePartnerEventSourceResponse(s.arn(), s.name());
    }

    ListPartnerEventSourcesResponse listPartner(EventsCall call, ListPartnerEventSourcesRequest r) {
        Validation.start().required(r.namePrefix(), "namePrefix").length(r.namePrefix(), "namePrefix", 1, 256)
                .range(r.limit(), "limit", 1, 100).throwIfInvalid();
        List<PartnerEventSource> all = sources.values().stream()
                .filter(s -> s.region().equals(call.region()) && s.name().startsWith(r.namePrefix()))
                .map(s -> new PartnerEventSource(s.arn(), s.name())).distinct()
                .sorted(Comparator.comparing(PartnerEventSource::name)).toList();
        Page<PartnerEventSource> page = Paging.page(all, PartnerEventSource::name, r.nextToken(), r.limit());
        return new ListPartnerEventSourcesResponse(page.items(), page.nextMarker());
    }

    ListPartnerEventSourceAccountsResponse accounts(EventsCall call, ListPartnerEventSourceAccountsRequest r) {
        Validation v = Validation.start();
        validateName(v, r.eventSourceName(), "eventSourceName");
        v.range(r.limit(), "limit", 1, 100).throwIfInvalid();
        List<PartnerSource> found = named(call.region(), r.eventSourceName());
        if (found.isEmpty()) {
            throw EventsErrors.notFound("Event source " + r.eventSourceName() + " does not exist.");
        }
        Page<PartnerSource> page = Paging.page(found, PartnerSource::account, r.nextToken(), r.limit());
        return new ListPartnerEventSourceAccountsResponse(page.items().stream().map(s -> new PartnerEventSourceAccount(
                s.account(), Times.epoch(s.createdMillis()), expiration(s), s.state())).toList(), page.nextMarker());
    }

    private Optional<PartnerSource> mine(EventsCall call, String name) {
        return sources.find(key(call.region(), name, call.accountId()));
    }

    private PartnerSource require(EventsCall call, String name) {
        return mine(call, name).orElseThrow(() -> EventsErrors.notFound("Event source " + name + " does not exist."));
    }

    DescribeEventSourceResponse describe(EventsCall call, DescribeEventSourceRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        v.throwIfInvalid();
        PartnerSource s = require(call, r.name());
        return new DescribeEventSourceResponse(s.arn(), s.createdBy(), Times.epoch(s.createdMillis()), expiration(s),
                s.name(), s.state());
    }

    ListEventSourcesResponse list(EventsCall call, ListEventSourcesRequest r) {
        Validation.start().length(r.namePrefix(), "namePrefix", 1, 256).range(r.limit(), "limit", 1, 100)
                .throwIfInvalid();
        List<PartnerSource> mine = sources.values().stream()
                .filter(s -> s.region().equals(call.region()) && s.account().equals(call.accountId()))
                .filter(s -> r.namePrefix() == null || s.name().startsWith(r.namePrefix()))
                .sorted(Comparator.comparing(PartnerSource::name)).toList();
        Page<PartnerSource> page = Paging.page(mine, PartnerSource::name, r.nextToken(), r.limit());
        return new ListEventSourcesResponse(page.items().stream().map(s -> new EventSource(s.arn(), s.createdBy(),
                Times.epoch(s.createdMillis()), expiration(s), s.name(), s.state())).toList(), page.nextMarker());
    }

    void activate(EventsCall call, ActivateEventSourceRequest r) {
        setState(call, r.name(), "PENDING", "ACTIVE");
    }

    void deactivate(EventsCall call, DeactivateEventSourceRequest r) {
        setState(call, r.name(), "ACTIVE", "PENDING");
    }

    private void setState(EventsCall call, String name, String from, String to) {
        Validation v = Validation.start();
        validateName(v, name, "name");
        v.throwIfInvalid();
        PartnerSource s = require(call, name);
        if (!s.state().equals(from) && !s.state().equals(to)) {
            throw EventsErrors.invalidState("Event source " + name + " is in state " + s.state() + ".");
        }
        sources.update(key(call.region(), name, call.accountId()), x -> x.withState(to));
    }

    PutPartnerEventsResponse put(EventsCall call, PutPartnerEventsRequest r) {
        Validation.start().required(r.entries(), "entries").minSize(r.entries(), "entries", 1)
                .maxSize(r.entries(), "entries", 20).throwIfInvalid();
        List<PutPartnerEventsResultEntry> results = new ArrayList<>();
        int failed = 0;
        long now = System.currentTimeMillis();
        for (PutPartnerEventsRequestEntry e : r.entries()) {
            var detail = Json.read(e.detail());
            if (e.source() == null || e.detailType() == null || detail == null || !detail.isObject()) {
                failed++;
                results.add(new PutPartnerEventsResultEntry(null, "InvalidArgument",
                        "Parameter Source, DetailType and Detail must be specified; Detail must be a JSON object."));
                continue;
            }
            String id = UUID.randomUUID().toString();
            for (PartnerSource s : named(call.region(), e.source())) {
                if (!"ACTIVE".equals(s.state())) {
                    continue;
                }
                String busArn = "arn:aws:events:" + s.region() + ":" + s.account() + ":event-bus/" + s.name();
                if (buses.find(busArn).isPresent()) {
                    Long time = Times.millis(e.time());
                    router.route(busArn, new BusEvent(id, e.detailType(), e.source(), s.account(),
                            time == null ? now : time, s.region(), e.resources(), detail, null, now));
                }
            }
            results.add(new PutPartnerEventsResultEntry(id, null, null));
        }
        return new PutPartnerEventsResponse(failed, results);
    }

    private static java.math.BigDecimal expiration(PartnerSource s) {
        Long at = s.expirationMillis();
        return at == null ? null : Times.epoch(at);
    }
}
