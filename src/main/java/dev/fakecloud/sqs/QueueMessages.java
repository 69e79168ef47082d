package dev.fakecloud.sqs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The messages of one queue, indexed so that every operation costs O(log n) or less: by id, by receipt handle, the
 * pending ones (delayed or in flight) by the time they become visible, all of them by age (for retention), and the
 * visible ones as the queue type hands them out ({@link StandardMessages}, {@link FifoMessages}). Counts are kept,
 * not computed. Writes every change to the queue's rows in the state store.
 *
 * <p>Not thread-safe: the owning {@link SqsQueue} holds its lock around every call.
 */
abstract class QueueMessages {

    /** What a receive took: messages handed out, and messages over their receive limit (to be dead-lettered). */
    record Taken(List<QueuedMessage.Snapshot> received, List<QueuedMessage.Snapshot> deadLettered) {
    }

    private final SqsTables tables;
    private final Map<String, QueuedMessage> byId = new HashMap<>();
    private final Map<String, QueuedMessage> byReceipt = new HashMap<>();
    private final TreeSet<QueuedMessage> pending = new TreeSet<>(QueuedMessage.BY_VISIBLE_AT);
    private final TreeSet<QueuedMessage> byAge = new TreeSet<>(QueuedMessage.BY_AGE);
    private int inFlight;
    private int delayed;

    QueueMessages(SqsTables tables) {
        this.tables = tables;
    }

    /** A new message joins the index (at the end of its group, for FIFO). */
    abstract void joined(QueuedMessage m);

    /** A message leaves the index for good. */
    abstract void left(QueuedMessage m);

    /** A message became visible (it arrived visible, or left the pending set). */
    abstract void shown(QueuedMessage m);

    /** A visible message is about to change or go (it is still in its place when this is called). */
    abstract void hidden(QueuedMessage m);

    /** A message entered ({@code entering}) or left the pending set; its delivery is unchanged meanwhile. */
    abstract void pendingChanged(QueuedMessage m, boolean entering);

    /** The first message a receive would hand out, or null. */
    abstract QueuedMessage firstVisible();

    /** Hands out up to {@code max} visible messages in the queue type's order (see {@link #deliver}). */
    abstract Taken receive(int max, long visibilityMs, int maxReceiveCount, long now, String queueArn);

    /** Everything is gone (a purge): forget the type's own structures. */
    abstract void cleared();

    /**
     * Adds a message, visible now or pending until its delivery says. {@code store}: write its rows (false while
     * restoring them).
     */
    final void add(QueuedMessage m, long now, boolean store) {
        byId.put(m.sent.id(), m);
        byAge.add(m);
        if (m.delivery.receiptHandle() != null) {
            byReceipt.put(m.delivery.receiptHandle(), m);
        }
        if (store) {
            tables.messages().put(m.key, m.sent);
            if (m.delivery.receiveCount() > 0) {
                tables.deliveries().put(m.key, m.delivery);
            }
        }
        joined(m);
        place(m, now);
    }

    private void place(QueuedMessage m, long now) {
        if (m.delivery.visibleAt() > now) {
            m.pending = true;
            pending.add(m);
            if (m.delivery.received()) {
                inFlight++;
            } else {
                delayed++;
            }
            pendingChanged(m, true);
        } else {
            shown(m);
        }
    }

    private void leavePending(QueuedMessage m) {
        pending.remove(m);
        m.pending = false;
        if (m.delivery.received()) {
            inFlight--;
        } else {
            delayed--;
        }
        pendingChanged(m, false);
    }

    /** Takes a message out of where it is (pending or visible), so that its delivery may change. */
    private void unplace(QueuedMessage m) {
        if (m.pending) {
            leavePending(m);
        } else {
            hidden(m);
        }
    }

    /** Pending messages whose time has come become visible. */
    final void promote(long now) {
        while (!pending.isEmpty() && pending.first().delivery.visibleAt() <= now) {
            QueuedMessage m = pending.first();
            leavePending(m);
            shown(m);
        }
    }

    /** Messages older than the retention period are dropped, oldest first. */
    final void expire(long now, long retentionMs) {
        while (!byAge.isEmpty() && now - byAge.first().sent.sentTimestamp() > retentionMs) {
            remove(byAge.first());
        }
    }

    /**
     * Hands a visible message out (the caller has taken it from its visible place): a new receipt handle, one more
     * receive, invisible for {@code visibilityMs}. Returns whether it is still visible (a zero timeout), in which
     * case the caller puts it back once its receive is complete.
     */
    final boolean deliver(QueuedMessage m, long visibilityMs, long now, String queueArn) {
        String previous = m.delivery.receiptHandle();
        if (previous != null) {
            byReceipt.remove(previous);
        }
        String handle = ReceiptHandles.issue(queueArn, m.sent.id());
        m.delivery = m.delivery.receivedAgain(now, now + visibilityMs, handle);
        byReceipt.put(handle, m);
        tables.deliveries().put(m.key, m.delivery);
        if (m.delivery.visibleAt() > now) {
            m.pending = true;
            pending.add(m);
            inFlight++;
            pendingChanged(m, true);
            return false;
        }
        return true;
    }

    /** Whether a message has been received as often as the redrive policy allows. */
    static boolean overLimit(QueuedMessage m, int maxReceiveCount) {
        return maxReceiveCount > 0 && m.delivery.receiveCount() >= maxReceiveCount;
    }

    /** Makes a message visible at {@code at} (a visibility change), keeping its receipt handle. */
    final void retime(QueuedMessage m, long at, long now) {
        unplace(m);
        m.delivery = m.delivery.visibleFrom(at);
        tables.deliveries().put(m.key, m.delivery);
        place(m, now);
    }

    /** Removes a message and its rows. */
    final void remove(QueuedMessage m) {
        unplace(m);
        byId.remove(m.sent.id());
        byAge.remove(m);
        String handle = m.delivery.receiptHandle();
        if (handle != null && byReceipt.get(handle) == m) {
            byReceipt.remove(handle);
        }
        left(m);
        tables.messages().remove(m.key);
        if (m.delivery.receiveCount() > 0) {
            tables.deliveries().remove(m.key);
        }
    }

    /** Removes the message of that id, if there is one. */
    final void removeId(String id) {
        QueuedMessage m = byId.get(id);
        if (m != null) {
            remove(m);
        }
    }

    /** Removes every message and its rows. */
    final void clear() {
        for (QueuedMessage m : byId.values()) {
            tables.messages().remove(m.key);
            if (m.delivery.receiveCount() > 0) {
                tables.deliveries().remove(m.key);
            }
        }
        byId.clear();
        byReceipt.clear();
        pending.clear();
        byAge.clear();
        inFlight = 0;
        delayed = 0;
        cleared();
    }

    /** The message a receipt handle was last issued for, or null (unknown, or superseded by a later receive). */
    final QueuedMessage byReceipt(String handle) {
        return byReceipt.get(handle);
    }

    /** Removes and returns the first visible message (for message move tasks), or null. */
    final QueuedMessage takeFirstVisible() {
        QueuedMessage m = firstVisible();
        if (m != null) {
            remove(m);
        }
        return m;
    }

    /** The earliest time a pending message becomes visible, or -1. */
    final long nextVisibleAt() {
        return pending.isEmpty() ? -1 : pending.first().delivery.visibleAt();
    }

    final int size() {
        return byId.size();
    }

    final int inFlightCount() {
        return inFlight;
    }

    final int delayedCount() {
        return delayed;
    }

    /** Visible messages (FIFO: including those behind an in-flight message of their group, as SQS counts them). */
    final int visibleCount() {
        return byId.size() - inFlight - delayed;
    }

    /** Snapshots of the given messages, for callers outside the lock. */
    static List<QueuedMessage.Snapshot> snapshots(List<QueuedMessage> messages) {
        List<QueuedMessage.Snapshot> out = new ArrayList<>(messages.size());
        for (QueuedMessage m : messages) {
            out.add(m.snapshot());
        }
        return out;
    }
}
