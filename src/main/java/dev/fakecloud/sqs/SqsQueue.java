package dev.fakecloud.sqs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One queue: its attributes, tags and messages. All state changes happen under this queue's own lock, so queues
 * never contend with each other.
 */
final class SqsQueue {

    /** What a receive hands out, plus the messages it found over their receive limit (to be dead-lettered). */
    record Receipt(List<SqsMessage> received, List<SqsMessage> deadLettered) {
    }

    static final long DEDUP_WINDOW_MS = 5 * 60 * 1000L;

    /** A FIFO send remembered for the deduplication window: later duplicates report the same message. */
    private record Deduplicated(long until, SqsMessage message) {
    }

    final String name;
    final String accountId;
    final String region;
    final String arn;
    final boolean fifo;
    final long createdTimestamp;

    private final Map<String, String> attributes;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final LinkedHashMap<String, SqsMessage> messages = new LinkedHashMap<>();
    private final Map<String, SqsMessage> byReceipt = new HashMap<>();
    private final Map<String, Deduplicated> deduplication = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long lastModifiedTimestamp;
    private long lastPurge;
    private long sequence;

    SqsQueue(String name, String accountId, String region, Map<String, String> attributes, Map<String, String> tags,
            long now) {
        this.name = name;
        this.accountId = accountId;
        this.region = region;
        this.arn = "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
        this.fifo = name.endsWith(".fifo");
        this.createdTimestamp = now;
        this.lastModifiedTimestamp = now;
        this.attributes = QueueAttributes.defaults(fifo);
        this.attributes.putAll(attributes);
        if (tags != null) {
            this.tags.putAll(tags);
        }
    }

    String url(String baseUrl) {
        return baseUrl + "/" + accountId + "/" + name;
    }

    synchronized String attribute(String name) {
        return attributes.get(name);
    }

    int intAttribute(String name) {
        return Integer.parseInt(attribute(name));
    }

    /** The first given attribute whose value differs from this queue's, or null when all agree. */
    synchronized String conflictingAttribute(Map<String, String> given) {
        Map<String, String> defaults = QueueAttributes.defaults(fifo);
        for (Map.Entry<String, String> e : given.entrySet()) {
            String current = attributes.getOrDefault(e.getKey(), defaults.get(e.getKey()));
            if (!e.getValue().equals(current)) {
                return e.getKey();
            }
        }
        return null;
    }

    synchronized void setAttributes(Map<String, String> given, long now) {
        given.forEach((k, v) -> {
            if (v.isEmpty() && (k.equals("RedrivePolicy") || k.equals("Policy") || k.equals("RedriveAllowPolicy")
                    || k.equals("KmsMasterKeyId"))) {
                attributes.remove(k);
            } else {
                attributes.put(k, v);
            }
        });
        if (given.containsKey("KmsMasterKeyId") && !given.get("KmsMasterKeyId").isEmpty()) {
            attributes.put("SqsManagedSseEnabled", "false");
        }
        lastModifiedTimestamp = now;
    }

    /** All attributes as GetQueueAttributes reports them, with the approximate counts as of {@code now}. */
    synchronized Map<String, String> snapshot(long now) {
        expire(now);
        int visible = 0;
        int notVisible = 0;
        int delayed = 0;
        for (SqsMessage m : messages.values()) {
            if (m.visibleAt <= now) {
                visible++;
            } else if (m.receiptHandle != null) {
                notVisible++;
            } else {
                delayed++;
            }
        }
        Map<String, String> all = new java.util.TreeMap<>(attributes);
        all.put("ApproximateNumberOfMessages", Integer.toString(visible));
        all.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(notVisible));
        all.put("ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
        all.put("CreatedTimestamp", Long.toString(createdTimestamp / 1000));
        all.put("LastModifiedTimestamp", Long.toString(lastModifiedTimestamp / 1000));
        all.put("QueueArn", arn);
        return all;
    }

    synchronized Map<String, String> tags() {
        return new LinkedHashMap<>(tags);
    }

    synchronized void tag(Map<String, String> add) {
        tags.putAll(add);
    }

    synchronized void untag(List<String> keys) {
        keys.forEach(tags::remove);
    }

    /**
     * Adds a message unless FIFO deduplication drops it; returns the message that stands for the send (the earlier
     * one when deduplicated), whose sequence number the caller reports.
     */
    synchronized SqsMessage add(MessageDraft draft, long now) {
        expire(now);
        String dedupKey = null;
        if (fifo && draft.deduplicationId() != null) {
            dedupKey = "messageGroup".equals(attributes.get("DeduplicationScope"))
                    ? draft.groupId() + "\u0000" + draft.deduplicationId() : draft.deduplicationId();
            Deduplicated earlier = deduplication.get(dedupKey);
            if (earlier != null && earlier.until() > now) {
                return draft.duplicateOf(earlier.message());
            }
        }
        int delay = draft.delaySeconds() != null ? draft.delaySeconds() : intAttribute("DelaySeconds");
        SqsMessage message = draft.toMessage(now + delay * 1000L, fifo ? nextSequence() : null);
        messages.put(message.id, message);
        if (dedupKey != null) {
            deduplication.put(dedupKey, new Deduplicated(now + DEDUP_WINDOW_MS, message));
        }
        return message;
    }

    /** Places a message moved from another queue (dead-letter move or redrive), visible at once. */
    synchronized void adopt(SqsMessage moved) {
        messages.put(moved.id, moved);
    }

    /** FIFO sequence numbers: 20 digits, increasing per queue, as AWS prints them. */
    private String nextSequence() {
        sequence++;
        return String.format("1%019d", createdTimestamp % 1_000_000_000L * 1_000_000_000L + sequence);
    }

    /** Takes up to {@code max} visible messages, respecting FIFO group order, and makes them invisible. */
    synchronized Receipt receive(int max, int visibilitySeconds, int maxReceiveCount, long now) {
        expire(now);
        List<SqsMessage> out = new ArrayList<>();
        List<SqsMessage> dead = new ArrayList<>();
        Set<String> blockedGroups = new HashSet<>();
        if (fifo) {
            for (SqsMessage m : messages.values()) {
                if (m.inFlight(now)) {
                    blockedGroups.add(m.groupId);
                }
            }
        }
        Iterator<SqsMessage> it = messages.values().iterator();
        while (it.hasNext() && out.size() < max) {
            SqsMessage m = it.next();
            if (fifo && blockedGroups.contains(m.groupId)) {
                continue;
            }
            if (m.visibleAt > now) {
                if (fifo) {
                    blockedGroups.add(m.groupId);
                }
                continue;
            }
            if (maxReceiveCount > 0 && m.receiveCount >= maxReceiveCount) {
                it.remove();
                if (m.receiptHandle != null) {
                    byReceipt.remove(m.receiptHandle);
                }
                dead.add(m);
                continue;
            }
            if (m.receiptHandle != null) {
                byReceipt.remove(m.receiptHandle);
            }
            m.receiveCount++;
            if (m.firstReceiveTimestamp == 0) {
                m.firstReceiveTimestamp = now;
            }
            m.receiptHandle = ReceiptHandles.issue(arn, m.id);
            m.visibleAt = now + visibilitySeconds * 1000L;
            byReceipt.put(m.receiptHandle, m);
            out.add(m);
        }
        return new Receipt(out, dead);
    }

    /**
     * Deletes the message a receipt handle was issued for; stale handles of deleted messages are accepted. False
     * when a FIFO queue's handle has expired (its visibility timeout passed), which FIFO queues refuse.
     */
    synchronized boolean delete(String receiptHandle, long now) {
        SqsMessage m = byReceipt.get(receiptHandle);
        if (m == null) {
            return true;
        }
        if (fifo && m.visibleAt <= now) {
            return false;
        }
        byReceipt.remove(receiptHandle);
        messages.remove(m.id);
        return true;
    }

    /** False when the handle's message is not in flight any more. */
    synchronized boolean changeVisibility(String receiptHandle, int seconds, long now) {
        SqsMessage m = byReceipt.get(receiptHandle);
        if (m == null || !messages.containsKey(m.id) || m.visibleAt <= now && !receiptHandle.equals(m.receiptHandle)) {
            return false;
        }
        m.visibleAt = now + seconds * 1000L;
        return true;
    }

    /** False when a purge happened within the last 60 seconds. */
    synchronized boolean purge(long now) {
        if (lastPurge != 0 && now - lastPurge < 60_000) {
            return false;
        }
        lastPurge = now;
        messages.clear();
        byReceipt.clear();
        return true;
    }

    /** Removes and returns the oldest message not in flight (for message move tasks), or null. */
    synchronized SqsMessage takeVisible(long now) {
        expire(now);
        Iterator<SqsMessage> it = messages.values().iterator();
        while (it.hasNext()) {
            SqsMessage m = it.next();
            if (m.visibleAt <= now) {
                it.remove();
                if (m.receiptHandle != null) {
                    byReceipt.remove(m.receiptHandle);
                }
                return m;
            }
        }
        return null;
    }

    synchronized int visibleCount(long now) {
        int n = 0;
        for (SqsMessage m : messages.values()) {
            if (m.visibleAt <= now) {
                n++;
            }
        }
        return n;
    }

    /** The earliest instant a currently invisible or delayed message becomes visible, or -1. */
    synchronized long nextVisibleAt(long now) {
        long next = -1;
        for (SqsMessage m : messages.values()) {
            if (m.visibleAt > now && (next < 0 || m.visibleAt < next)) {
                next = m.visibleAt;
            }
        }
        return next;
    }

    private void expire(long now) {
        long retention = Long.parseLong(attributes.get("MessageRetentionPeriod")) * 1000L;
        messages.values().removeIf(m -> {
            boolean old = now - m.sentTimestamp > retention;
            if (old && m.receiptHandle != null) {
                byReceipt.remove(m.receiptHandle);
            }
            return old;
        });
        deduplication.values().removeIf(d -> d.until() <= now);
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
