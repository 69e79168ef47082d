package dev.fakecloud.sqs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A standard queue's messages: the visible ones are handed out oldest first. */
final class StandardMessages extends QueueMessages {

    private final TreeSet<QueuedMessage> visible = new TreeSet<>(QueuedMessage.BY_ORDER);

    StandardMessages(SqsTables tables) {
        super(tables);
    }

    @Override
    void joined(QueuedMessage m) {
    }

    @Override
    void left(QueuedMessage m) {
    }

    @Override
    void shown(QueuedMessage m) {
        visible.add(m);
    }

    @Override
    void hidden(QueuedMessage m) {
        visible.remove(m);
    }

    @Override
    void pendingChanged(QueuedMessage m, boolean entering) {
    }

    @Override
    QueuedMessage firstVisible() {
        return visible.isEmpty() ? null : visible.first();
    }

    @Override
    Taken receive(int max, long visibilityMs, int maxReceiveCount, long now, String queueArn) {
        List<QueuedMessage.Snapshot> out = new ArrayList<>(Math.min(max, 10));
        List<QueuedMessage.Snapshot> dead = new ArrayList<>(0);
        List<QueuedMessage> stillVisible = new ArrayList<>(0);
        while (out.size() < max && !visible.isEmpty()) {
            QueuedMessage m = visible.pollFirst();
            if (overLimit(m, maxReceiveCount)) {
                dead.add(m.snapshot());
                remove(m);
                continue;
            }
            if (deliver(m, visibilityMs, now, queueArn)) {
                stillVisible.add(m);
            }
            out.add(m.snapshot());
        }
        visible.addAll(stillVisible);
        return new Taken(out, dead);
    }

    @Override
    void cleared() {
        visible.clear();
    }
}
