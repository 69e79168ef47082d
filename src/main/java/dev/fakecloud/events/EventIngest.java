package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.EventsShapes.PutEventsRequest;
import dev.fakecloud.events.model.EventsShapes.PutEventsRequestEntry;
import dev.fakecloud.events.model.EventsShapes.PutEventsResponse;
import dev.fakecloud.events.model.EventsShapes.PutEventsResultEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PutEvents: at most 10 entries and 256 KB per request, each entry checked on its own (a bad entry fails alone,
 * with AWS's code and message), each accepted event routed on its bus. Events for a bus that does not exist are
 * accepted and go nowhere, as on AWS.
 */
@ApplicationScoped
public class EventIngest {

    static final int MAX_ENTRIES = 10;
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    private final BusService buses;
    private final EventRouter router;

    public EventIngest(BusService buses, EventRouter router) {
        this.buses = buses;
        this.router = router;
    }

    PutEventsResponse put(EventsCall call, PutEventsRequest r) {
        Validation.start().required(r.entries(), "entries").minSize(r.entries(), "entries", 1)
                .maxSize(r.entries(), "entries", MAX_ENTRIES).throwIfInvalid();
        long size = r.entries().stream().mapToLong(EventIngest::size).sum();
        if (size > MAX_REQUEST_BYTES) {
            throw EventsErrors.validation("Total size of the entries in the request is over the limit.");
        }
        long now = System.currentTimeMillis();
        List<PutEventsResultEntry> results = new ArrayList<>(r.entries().size());
        int failed = 0;
        for (PutEventsRequestEntry entry : r.entries()) {
            PutEventsResultEntry result = accept(call, entry, now);
            if (result.errorCode() != null) {
                failed++;
            }
            results.add(result);
        }
        return new PutEventsResponse(failed, results);
    }

    /** AWS's size of an entry: its time (14 bytes), source, detail type, detail and resources in UTF-8. */
    static long size(PutEventsRequestEntry e) {
        long size = e.time() != null ? 14 : 0;
        size += utf8(e.source()) + utf8(e.detailType()) + utf8(e.detail());
        if (e.resources() != null) {
            size += e.resources().stream().mapToLong(EventIngest::utf8).sum();
        }
        return size;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    private PutEventsResultEntry accept(EventsCall call, PutEventsRequestEntry e, long now) {
        if (e.source() == null || e.source().isBlank()) {
            return failure("InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.");
        }
        if (e.detailType() == null || e.detailType().isBlank()) {
            return failure("InvalidArgument",
                    "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        }
        if (e.detail() == null) {
            return failure("InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.");
        }
        JsonNode detail = Json.read(e.detail());
        if (detail == null || !detail.isObject()) {
            return failure("MalformedDetail", "Detail is malformed.");
        }
        if (e.eventBusName() != null && !Names.NON_PARTNER_BUS_NAME_OR_ARN.matcher(e.eventBusName()).matches()
                && !Names.BUS_NAME_OR_ARN.matcher(e.eventBusName()).matches()) {
            return failure("InvalidArgument", "Parameter EventBusName is not valid.");
        }
        String id = UUID.randomUUID().toString();
        Optional<EventBus> bus = target(call, e.eventBusName());
        if (bus.isPresent()) {
            Long time = Times.millis(e.time());
            BusEvent event = new BusEvent(id, e.detailType(), e.source(), call.accountId(),
                    time == null ? now : time, call.region(), e.resources(), detail, null, now);
            router.route(bus.get().arn(), event);
        }
        return new PutEventsResultEntry(id, null, null);
    }

    private Optional<EventBus> target(EventsCall call, String nameOrArn) {
        try {
            return Optional.of(buses.resolve(call, nameOrArn));
        } catch (EventsException missing) {
            return Optional.empty();
        }
    }

    private static PutEventsResultEntry failure(String code, String message) {
        return new PutEventsResultEntry(null, code, message);
    }

    /** An event another service puts on a bus (a rule's bus target, a Lambda destination); false if no such bus. */
    boolean putOnBus(String busArn, String source, String detailType, List<String> resources, JsonNode detail) {
        Optional<EventBus> bus = buses.byArn(busArn);
        if (bus.isEmpty()) {
            return false;
        }
        long now = System.currentTimeMillis();
        EventBus b = bus.get();
        router.route(b.arn(), new BusEvent(UUID.randomUUID().toString(), detailType, source, b.accountId(), now,
                b.region(), resources, detail, null, now));
        return true;
    }
}
