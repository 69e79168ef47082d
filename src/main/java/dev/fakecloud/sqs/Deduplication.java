package dev.fakecloud.sqs;

import dev.fakecloud.core.store.Table;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A FIFO queue's deduplication window: sends remembered for five minutes by deduplication id, forgotten in the
 * order they were remembered (no scan), each also a row in the state store so that a restart within the window
 * still deduplicates. Guarded by the owning queue's lock.
 */
final class Deduplication {

    static final long WINDOW_MS = 5 * 60 * 1000L;

    private record Expiry(String key, long until) {
    }

    private final String queueId;
    private final Table<DedupKey, Deduplicated> table;
    private final Map<String, Deduplicated> byKey = new HashMap<>();
    private final ArrayDeque<Expiry> expiries = new ArrayDeque<>();

    Deduplication(String queueId, Table<DedupKey, Deduplicated> table) {
        this.queueId = queueId;
        this.table = table;
    }

    /** The send a duplicate stands for, or null. */
    Deduplicated find(String key, long now) {
        Deduplicated d = byKey.get(key);
        return d != null && d.until() > now ? d : null;
    }

    /** Remembers a send; {@code store}: also write its row (false while restoring). */
    void remember(String key, Deduplicated d, boolean store) {
        byKey.put(key, d);
        expiries.addLast(new Expiry(key, d.until()));
        if (store) {
            table.put(new DedupKey(queueId, key), d);
        }
    }

    void expire(long now) {
        while (!expiries.isEmpty() && expiries.peekFirst().until() <= now) {
            Expiry e = expiries.pollFirst();
            Deduplicated d = byKey.get(e.key());
            if (d != null && d.until() == e.until()) {
                byKey.remove(e.key());
                table.remove(new DedupKey(queueId, e.key()));
            }
        }
    }

    /** Forgets everything and its rows (the queue is deleted). */
    void clear() {
        for (String key : byKey.keySet()) {
            table.remove(new DedupKey(queueId, key));
        }
        byKey.clear();
        expiries.clear();
    }
}
