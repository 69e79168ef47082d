package dev.fakecloud.sqs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One queue: its stored {@link QueueRecord} (attributes, tags) and its messages, indexed for O(log n) sends,
 * receives and visibility changes ({@link QueueMessages}). Every change happens under this queue's own short lock
 * and writes the queue's rows in the state store; no callback runs under it (callers tell listeners and parked
 * receives afterwards, through {@link Deliveries}).
 */
final class SqsQueue {

    final String id;
    final String name;
    final String accountId;
    final String region;
    final String arn;
    final boolean fifo;
    final long createdTimestamp;
    /** The timer that tells listeners when pending messages become visible (in memory only). */
    final QueueWake wake = new QueueWake();

    private final SqsTables tables;
    private final QueueMessages messages;
    private final Deduplication deduplication;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile QueueRecord record;
    private volatile QueueSettings settings;
    private long nextOrder = 1;
    private long sequence;
    private boolean dropped;

    /** A new queue (not stored yet: {@link QueueStore} stores it when it wins the name). */
    static SqsQueue create(String name, String accountId, String region, Map<String, String> attributes,
            Map<String, String> tags, long now, SqsTables tables) {
        Map<String, String> all = QueueAttributes.defaults(name.endsWith(".fifo"));
        all.putAll(attributes);
        return new SqsQueue(new QueueRecord(UUID.randomUUID().toString(), name, accountId, region, now, now, all, tags,
                0, 0), tables);
    }

    /** A queue as stored (new, or restored at start-up before its messages are). */
    SqsQueue(QueueRecord record, SqsTables tables) {
        this.id = record.id();
        this.name = record.name();
        this.accountId = record.accountId();
        this.region = record.region();
        this.arn = "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
        this.fifo = name.endsWith(".fifo");
        this.createdTimestamp = record.createdTimestamp();
        this.tables = tables;
        this.record = record;
        this.settings = QueueSettings.of(record.attributes());
        this.messages = fifo ? new FifoMessages(tables) : new StandardMessages(tables);
        this.deduplication = fifo ? new Deduplication(id, tables.deduplication()) : null;
        this.sequence = record.sequenceCeiling();
    }

    QueueKey key() {
        return new QueueKey(region, name);
    }

    QueueRecord record() {
        return record;
    }

    String url(String baseUrl) {
        return baseUrl + "/" + accountId + "/" + name;
    }

    String attribute(String attributeName) {
        return record.attributes().get(attributeName);
    }

    QueueSettings settings() {
        return settings;
    }

    /** The first given attribute whose value differs from this queue's, or null when all agree. */
    String conflictingAttribute(Map<String, String> given) {
        Map<String, String> defaults = QueueAttributes.defaults(fifo);
        Map<String, String> current = record.attributes();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!e.getValue().equals(current.getOrDefault(e.getKey(), defaults.get(e.getKey())))) {
                return e.getKey();
            }
        }
        return null;
    }

    synchronized void setAttributes(Map<String, String> given, long now) {
        Map<String, String> next = new LinkedHashMap<>(record.attributes());
        given.forEach((k, v) -> {
            if (v.isEmpty() && (k.equals("RedrivePolicy") || k.equals("Policy") || k.equals("RedriveAllowPolicy")
                    || k.equals("KmsMasterKeyId"))) {
                next.remove(k);
            } else {
                next.put(k, v);
            }
        });
        if (given.containsKey("KmsMasterKeyId") && !given.get("KmsMasterKeyId").isEmpty()) {
            next.put("SqsManagedSseEnabled", "false");
        }
        store(record.withAttributes(next, now));
        settings = QueueSettings.of(next);
    }

    /** All attributes as GetQueueAttributes reports them, with the approximate counts as of {@code now}. */
    synchronized Map<String, String> snapshot(long now) {
        maintain(now);
        Map<String, String> all = new java.util.TreeMap<>(record.attributes());
        all.put("ApproximateNumberOfMessages", Integer.toString(messages.visibleCount()));
        all.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(messages.inFlightCount()));
        all.put("ApproximateNumberOfMessagesDelayed", Integer.toString(messages.delayedCount()));
        all.put("CreatedTimestamp", Long.toString(createdTimestamp / 1000));
        all.put("LastModifiedTimestamp", Long.toString(record.lastModifiedTimestamp() / 1000));
        all.put("QueueArn", arn);
        return all;
    }

    Map<String, String> tags() {
        return new LinkedHashMap<>(record.tags());
    }

    synchronized void tag(Map<String, String> add) {
        Map<String, String> next = new LinkedHashMap<>(record.tags());
        next.putAll(add);
        store(record.withTags(next));
    }

    synchronized void untag(List<String> keys) {
        Map<String, String> next = new LinkedHashMap<>(record.tags());
        keys.forEach(next::remove);
        store(record.withTags(next));
    }

    /** Adds a message unless FIFO deduplication recognises it; says which message stands for the send. */
    synchronized MessageDraft.Accepted add(MessageDraft draft, long now) {
        requireLive();
        maintain(now);
        String dedupKey = null;
        if (fifo && draft.deduplicationId() != null) {
            dedupKey = settings.deduplicationPerGroup() ? draft.groupId() + "\u0000" + draft.deduplicationId()
                    : draft.deduplicationId();
            Deduplicated earlier = deduplication.find(dedupKey, now);
            if (earlier != null) {
                return draft.accepted(earlier.messageId(), earlier.sequenceNumber(), 0);
            }
        }
        int delay = draft.delaySeconds() != null ? draft.delaySeconds() : settings.delaySeconds();
        String sequenceNumber = fifo ? nextSequence() : null;
        SentMessage sent = draft.toSent(nextOrder++, UUID.randomUUID().toString(), now, now + delay * 1000L,
                sequenceNumber);
        QueuedMessage m = new QueuedMessage(sent, new MessageKey(id, sent.id()), Delivery.initial(sent));
        messages.add(m, now, true);
        if (dedupKey != null) {
            deduplication.remember(dedupKey, new Deduplicated(now + Deduplication.WINDOW_MS, sent.id(),
                    sequenceNumber), true);
        }
        return draft.accepted(sent.id(), sequenceNumber, sent.availableAt());
    }

    /**
     * Places a message moved from another queue (dead-lettered, or redriven by a move task), visible at once, with
     * {@code receiveCount} and {@code firstReceiveTimestamp} carried over (0 to start afresh).
     */
    synchronized void adopt(SentMessage moved, String deadLetterSourceArn, int receiveCount,
            long firstReceiveTimestamp, long now) {
        requireLive();
        maintain(now);
        SentMessage sent = moved.placed(nextOrder++, fifo ? nextSequence() : null, deadLetterSourceArn, now);
        messages.removeId(sent.id());
        QueuedMessage m = new QueuedMessage(sent, new MessageKey(id, sent.id()),
                new Delivery(now, receiveCount, firstReceiveTimestamp, null));
        messages.add(m, now, true);
    }

    /** FIFO sequence numbers: 20 digits, increasing per queue, as AWS prints them, also across restarts. */
    private String nextSequence() {
        sequence++;
        if (sequence >= record.sequenceCeiling()) {
            store(record.withSequenceCeiling(sequence + 1000));
        }
        return String.format("1%019d", createdTimestamp % 1_000_000_000L * 1_000_000_000L + sequence);
    }

    /** Takes up to {@code max} visible messages (FIFO: in group order) and makes them invisible. */
    synchronized QueueMessages.Taken receive(int max, int visibilitySeconds, int maxReceiveCount, long now) {
        maintain(now);
        return messages.receive(max, visibilitySeconds * 1000L, maxReceiveCount, now, arn);
    }

    /**
     * Deletes the message a receipt handle was issued for; stale handles of deleted messages are accepted. False
     * when a FIFO queue's handle has expired (its visibility timeout passed), which FIFO queues refuse.
     */
    synchronized boolean delete(String receiptHandle, long now) {
        QueuedMessage m = messages.byReceipt(receiptHandle);
        if (m == null) {
            return true;
        }
        if (fifo && m.delivery.visibleAt() <= now) {
            return false;
        }
        messages.remove(m);
        return true;
    }

    /** False when the handle is not the latest one of a message in the queue. */
    synchronized boolean changeVisibility(String receiptHandle, int seconds, long now) {
        QueuedMessage m = messages.byReceipt(receiptHandle);
        if (m == null) {
            return false;
        }
        messages.retime(m, now + seconds * 1000L, now);
        return true;
    }

    /** False when a purge happened within the last 60 seconds. */
    synchronized boolean purge(long now) {
        long lastPurge = record.lastPurge();
        if (lastPurge != 0 && now - lastPurge < 60_000) {
            return false;
        }
        store(record.purgedAt(now));
        messages.clear();
        return true;
    }

    /** Removes and returns the oldest visible message (for message move tasks), or null. */
    synchronized QueuedMessage.Snapshot takeVisible(long now) {
        maintain(now);
        QueuedMessage m = messages.takeFirstVisible();
        return m == null ? null : m.snapshot();
    }

    synchronized int visibleCount(long now) {
        maintain(now);
        return messages.visibleCount();
    }

    /** The earliest instant a currently invisible or delayed message becomes visible, or -1. */
    synchronized long nextVisibleAt(long now) {
        maintain(now);
        return messages.nextVisibleAt();
    }

    /** The queue is deleted: its messages and deduplication rows go (the caller removes the queue's row). */
    synchronized void drop() {
        dropped = true;
        messages.clear();
        if (deduplication != null) {
            deduplication.clear();
        }
    }

    /** Restores a stored message (in arrival order) with its stored delivery, if any. */
    synchronized void restore(SentMessage sent, Delivery delivery, long now) {
        QueuedMessage m = new QueuedMessage(sent, new MessageKey(id, sent.id()),
                delivery != null ? delivery : Delivery.initial(sent));
        messages.add(m, now, false);
        nextOrder = Math.max(nextOrder, sent.order() + 1);
    }

    /** Restores a remembered FIFO send (in expiry order). */
    synchronized void restoreDeduplication(String key, Deduplicated d) {
        if (deduplication != null) {
            deduplication.remember(key, d, false);
        }
    }

    synchronized int size() {
        return messages.size();
    }

    /** Pending messages whose time has come become visible; expired messages and deduplication entries go. */
    private void maintain(long now) {
        messages.promote(now);
        messages.expire(now, settings.retentionMs());
        if (deduplication != null) {
            deduplication.expire(now);
        }
    }

    private void store(QueueRecord next) {
        if (!dropped) {
            record = next;
            tables.queues().put(next.key(), next);
        }
    }

    /** A caller that resolved the queue just before it was deleted must not add rows for it. */
    private void requireLive() {
        if (dropped) {
            throw SqsErrors.queueDoesNotExist();
        }
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    List<Runnable> listeners() {
        return listeners;
    }
}
