package dev.fakecloud.sns.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What happened to deliveries, for users who ask fakecloud ({@code GET /_fakecloud/sns/deliveries}): counts by
 * outcome, the latest failures, and the messages fakecloud does not send anywhere (SMS, email, mobile push), kept
 * as they would have been sent, with the confirmation tokens of email subscriptions.
 */
@ApplicationScoped
public class DeliveryLog {

    private static final Logger LOG = Logger.getLogger(DeliveryLog.class);
    private static final int KEEP = 500;

    /** A delivery that failed for good (after its retries), or one retried. */
    public record Failure(String subscriptionArn, String endpoint, String messageId, String error, int attempts,
            boolean deadLettered, Instant at) {
    }

    /** A message for an endpoint fakecloud does not reach (sms, email, email-json, application). */
    public record OutboxMessage(String protocol, String endpoint, String subscriptionArn, String messageId,
            String subject, String message, Instant at) {
    }

    /** The counters. */
    public record Counts(long delivered, long filtered, long retried, long failed, long deadLettered) {
    }

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong filtered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final Deque<OutboxMessage> outbox = new ArrayDeque<>();

    void delivered() {
        delivered.incrementAndGet();
    }

    void filtered() {
        filtered.incrementAndGet();
    }

    void retried() {
        retried.incrementAndGet();
    }

    void failed(Failure failure) {
        failed.incrementAndGet();
        if (failure.deadLettered()) {
            deadLettered.incrementAndGet();
        }
        LOG.warnf("SNS could not deliver message %s to %s (%s) after %d attempt(s): %s%s", failure.messageId(),
                failure.endpoint(), failure.subscriptionArn(), failure.attempts(), failure.error(),
                failure.deadLettered() ? "; sent to the subscription's dead-letter queue" : "");
        synchronized (failures) {
            failures.addLast(failure);
            while (failures.size() > KEEP) {
                failures.removeFirst();
            }
        }
    }

    /** Keeps a message fakecloud does not send, and logs it. */
    public void outbox(OutboxMessage message) {
        delivered.incrementAndGet();
        LOG.infof("SNS %s message for %s (not sent by fakecloud): %s", message.protocol(), message.endpoint(),
                message.message());
        synchronized (outbox) {
            outbox.addLast(message);
            while (outbox.size() > KEEP) {
                outbox.removeFirst();
            }
        }
    }

    public Counts counts() {
        return new Counts(delivered.get(), filtered.get(), retried.get(), failed.get(), deadLettered.get());
    }

    public List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public List<OutboxMessage> outboxMessages() {
        synchronized (outbox) {
            return List.copyOf(outbox);
        }
    }

    public void clear() {
        synchronized (failures) {
            failures.clear();
        }
        synchronized (outbox) {
            outbox.clear();
        }
    }
}
