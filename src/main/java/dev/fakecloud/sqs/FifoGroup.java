package dev.fakecloud.sqs;

import java.util.ArrayDeque;
import java.util.Comparator;

/**
 * One message group of a FIFO queue: its messages in order, and how many of them are in flight. The group is
 * ready (its head can be received) when none is in flight and its head is visible.
 */
final class FifoGroup {

    /** Ready groups are served by the arrival order of their heads. */
    static final Comparator<FifoGroup> BY_HEAD = Comparator.<FifoGroup>comparingLong(g -> g.readyKey)
            .thenComparing(g -> g.id);

    final String id;
    final ArrayDeque<QueuedMessage> messages = new ArrayDeque<>();
    int inFlight;
    /** In the queue's ready set, under {@link #readyKey}. */
    boolean ready;
    /** The order of the head when the group joined the ready set (its sort key there, fixed while it is in it). */
    long readyKey;

    FifoGroup(String id) {
        this.id = id;
    }

    boolean shouldBeReady() {
        QueuedMessage head = messages.peekFirst();
        return head != null && inFlight == 0 && !head.pending;
    }
}
