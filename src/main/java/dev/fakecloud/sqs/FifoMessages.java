package dev.fakecloud.sqs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A FIFO queue's messages, per message group. A receive serves the ready group whose head arrived first and takes
 * as many of that group's messages, in order, as it may (as SQS does, so that other consumers get other groups),
 * then the next group; a group with a message in flight, or a delayed head, is not served.
 */
final class FifoMessages extends QueueMessages {

    private final Map<String, FifoGroup> groups = new HashMap<>();
    private final TreeSet<FifoGroup> ready = new TreeSet<>(FifoGroup.BY_HEAD);

    FifoMessages(SqsTables tables) {
        super(tables);
    }

    @Override
    void joined(QueuedMessage m) {
        String id = m.sent.groupId() == null ? "" : m.sent.groupId();
        FifoGroup g = groups.computeIfAbsent(id, FifoGroup::new);
        m.group = g;
        g.messages.addLast(m);
    }

    @Override
    void left(QueuedMessage m) {
        FifoGroup g = m.group;
        unready(g);
        g.messages.removeFirstOccurrence(m);
        refresh(g);
    }

    @Override
    void shown(QueuedMessage m) {
        refresh(m.group);
    }

    @Override
    void hidden(QueuedMessage m) {
        unready(m.group);
    }

    @Override
    void pendingChanged(QueuedMessage m, boolean entering) {
        if (m.delivery.received()) {
            m.group.inFlight += entering ? 1 : -1;
        }
        refresh(m.group);
    }

    @Override
    QueuedMessage firstVisible() {
        return ready.isEmpty() ? null : ready.first().messages.peekFirst();
    }

    @Override
    Taken receive(int max, long visibilityMs, int maxReceiveCount, long now, String queueArn) {
        List<QueuedMessage.Snapshot> out = new ArrayList<>(Math.min(max, 10));
        List<QueuedMessage> dead = new ArrayList<>(0);
        List<FifoGroup> served = new ArrayList<>(2);
        while (out.size() < max && !ready.isEmpty()) {
            FifoGroup g = ready.pollFirst();
            g.ready = false;
            served.add(g);
            for (QueuedMessage m : g.messages) {
                if (out.size() >= max || m.pending) {
                    break;
                }
                if (overLimit(m, maxReceiveCount)) {
                    dead.add(m);
                    continue;
                }
                deliver(m, visibilityMs, now, queueArn);
                out.add(m.snapshot());
            }
        }
        // removed after the loop, so a group freed by its dead-lettered messages is not served twice in one receive
        List<QueuedMessage.Snapshot> deadLettered = snapshots(dead);
        dead.forEach(this::remove);
        served.forEach(this::refresh);
        return new Taken(out, deadLettered);
    }

    @Override
    void cleared() {
        groups.clear();
        ready.clear();
    }

    private void unready(FifoGroup g) {
        if (g.ready) {
            ready.remove(g);
            g.ready = false;
        }
    }

    /** Puts the group in the ready set (keyed by its current head) when it should be there, else takes it out. */
    private void refresh(FifoGroup g) {
        boolean should = g.shouldBeReady();
        if (g.ready) {
            if (should && g.readyKey == g.messages.peekFirst().sent.order()) {
                return;
            }
            ready.remove(g);
            g.ready = false;
        }
        if (should) {
            g.readyKey = g.messages.peekFirst().sent.order();
            g.ready = true;
            ready.add(g);
        } else if (g.messages.isEmpty()) {
            groups.remove(g.id, g);
        }
    }
}
