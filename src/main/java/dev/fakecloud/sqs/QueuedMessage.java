package dev.fakecloud.sqs;

import java.util.Comparator;

/**
 * A message in a queue's in-memory index: what was sent (immutable, shared with its stored row) and its current
 * {@link Delivery}. Changed only under the owning queue's lock, and taken out of every ordered set before its
 * delivery changes, so the sets' orders never shift under them.
 */
final class QueuedMessage {

    /** Arrival order. */
    static final Comparator<QueuedMessage> BY_ORDER = Comparator.comparingLong(m -> m.sent.order());
    /** When it becomes visible, then arrival order. */
    static final Comparator<QueuedMessage> BY_VISIBLE_AT = Comparator
            .<QueuedMessage>comparingLong(m -> m.delivery.visibleAt()).thenComparingLong(m -> m.sent.order());
    /** When it was first sent (retention counts from there, also after a move), then arrival order. */
    static final Comparator<QueuedMessage> BY_AGE = Comparator
            .<QueuedMessage>comparingLong(m -> m.sent.sentTimestamp()).thenComparingLong(m -> m.sent.order());

    final SentMessage sent;
    final MessageKey key;
    Delivery delivery;
    /** In the queue's pending set: delayed, or in flight until its visibility timeout passes. */
    boolean pending;
    /** FIFO queues: the message group it belongs to. */
    FifoGroup group;

    QueuedMessage(SentMessage sent, MessageKey key, Delivery delivery) {
        this.sent = sent;
        this.key = key;
        this.delivery = delivery;
    }

    /** Received and not yet visible again. */
    boolean inFlight() {
        return pending && delivery.received();
    }

    /** What callers outside the lock may keep: the message and its delivery as of now. */
    Snapshot snapshot() {
        return new Snapshot(sent, delivery);
    }

    /** A received (or dead-lettered) message as it was when taken from the queue. */
    record Snapshot(SentMessage sent, Delivery delivery) {
    }
}
