package dev.fakecloud.sns.delivery;

import dev.fakecloud.sns.filter.FilterPolicies;
import dev.fakecloud.sns.filter.FilterPolicy;
import dev.fakecloud.sns.filter.InvalidFilterPolicyException;
import dev.fakecloud.sns.model.Notification;
import dev.fakecloud.sns.model.SnsSubscription;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Hands a published message to each of the topic's confirmed subscriptions whose filter policy it passes. Standard
 * topics deliver to all at once; FIFO topics deliver each group's messages to each subscription one after another,
 * in sequence. The publisher never waits for a subscriber, and no failure reaches it: failures are retried, then
 * dead-lettered or counted by {@link SubscriberDelivery}.
 */
@ApplicationScoped
public class Fanout {

    private static final Logger LOG = Logger.getLogger(Fanout.class);

    private final SubscriberDelivery delivery;
    private final FilterPolicies filters;
    private final DeliveryLog log;
    private final OrderedDeliveries ordered = new OrderedDeliveries();

    public Fanout(SubscriberDelivery delivery, FilterPolicies filters, DeliveryLog log) {
        this.delivery = delivery;
        this.filters = filters;
        this.log = log;
    }

    /** Starts the deliveries; for FIFO topics, call in sequence-number order. */
    public void publish(DeliveryTopic topic, Notification notification, List<SnsSubscription> subscriptions) {
        for (SnsSubscription sub : subscriptions) {
            if (sub.pending()) {
                continue;
            }
            if (!passes(sub, notification)) {
                log.filtered();
                continue;
            }
            if (topic.fifo()) {
                ordered.submit(sub.arn() + '\u0000' + notification.groupId(),
                        () -> delivery.deliver(topic, sub, notification));
            } else {
                Uni.createFrom().deferred(() -> delivery.deliver(topic, sub, notification)).subscribe()
                        .with(ok -> {
                        }, error -> LOG.error("Unexpected delivery failure", error));
            }
        }
    }

    private boolean passes(SnsSubscription sub, Notification n) {
        String policy = sub.attribute("FilterPolicy");
        if (policy == null || policy.isEmpty()) {
            return true;
        }
        FilterPolicy.Scope scope = FilterPolicy.Scope.of(sub.attribute("FilterPolicyScope"));
        try {
            return filters.get(policy, scope == null ? FilterPolicy.Scope.MESSAGE_ATTRIBUTES : scope)
                    .matches(n.attributes(), n.messageFor(sub.protocol()));
        } catch (InvalidFilterPolicyException e) {
            LOG.warnf("Subscription %s has a filter policy that no longer compiles (%s); the message is filtered out",
                    sub.arn(), e.getMessage());
            return false;
        }
    }
}
