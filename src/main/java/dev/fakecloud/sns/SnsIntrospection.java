package dev.fakecloud.sns;

import dev.fakecloud.sns.delivery.DeliveryLog;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /_fakecloud/sns}: what fakecloud did with published messages. {@code GET deliveries} counts deliveries by
 * outcome and lists the latest that failed for good; {@code GET outbox} lists the messages for endpoints fakecloud
 * does not reach (SMS, email with its confirmation tokens, mobile push); {@code DELETE} forgets both lists.
 */
@Path("/_fakecloud/sns")
@Produces(MediaType.APPLICATION_JSON)
public class SnsIntrospection {

    /** The counters and the latest failures. */
    public record Deliveries(DeliveryLog.Counts counts, List<DeliveryLog.Failure> failures) {
    }

    /** The messages kept instead of being sent. */
    public record Outbox(List<DeliveryLog.OutboxMessage> messages) {
    }

    private final DeliveryLog log;

    public SnsIntrospection(DeliveryLog log) {
        this.log = log;
    }

    @GET
    @Path("deliveries")
    public Deliveries deliveries() {
        return new Deliveries(log.counts(), log.failures());
    }

    @GET
    @Path("outbox")
    public Outbox outbox() {
        return new Outbox(log.outboxMessages());
    }

    @DELETE
    public void clear() {
        log.clear();
    }
}
