package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.TargetService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Event buses as targets of other services: another bus's rules, Lambda destinations. The message's
 * {@link Outbound#event()} gives the source, detail type and resources; its body is the detail (a JSON object).
 * The event is routed on the target bus as if it had been put there.
 */
@ApplicationScoped
public class EventBusTarget implements TargetService {

    private final EventIngest ingest;
    private final BusService buses;

    public EventBusTarget(EventIngest ingest, BusService buses) {
        this.ingest = ingest;
        this.buses = buses;
    }

    @Override
    public String service() {
        return "events";
    }

    @Override
    public boolean exists(String arn) {
        return arn.contains(":event-bus/") && buses.byArn(arn).isPresent();
    }

    @Override
    public Uni<Void> deliver(String arn, Outbound message) {
        return Uni.createFrom().item(() -> {
            Outbound.Event event = message.event();
            if (event == null || event.source() == null || event.detailType() == null) {
                throw EventsErrors.validation("An event for bus " + arn + " needs a source and a detail type.");
            }
            JsonNode detail = Json.read(message.body());
            if (detail == null || !detail.isObject()) {
                throw EventsErrors.validation("Detail is malformed.");
            }
            if (!ingest.putOnBus(arn, event.source(), event.detailType(), event.resources(), detail)) {
                throw EventsErrors.busNotFound(Names.busName(arn));
            }
            return null;
        });
    }
}
