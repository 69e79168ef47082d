package dev.fakecloud.sqs;

import dev.fakecloud.core.store.StateStore;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every queue, by region and name, looked up by queue URL, name or ARN; and SQS's tables in the state store. Built at
 * start-up, when it restores the queues with their messages (in arrival order, in flight until their visibility
 * timeout, delayed until their time) and deduplication windows; rows of queues that no longer exist are dropped.
 */
@Startup
@ApplicationScoped
public class QueueStore {

    private static final Logger LOG = Logger.getLogger(QueueStore.class);

    private final SqsTables tables;
    private final Map<QueueKey, SqsQueue> queues = new ConcurrentHashMap<>();

    @Inject
    public QueueStore(StateStore store) {
        this(SqsTables.in(store::table));
    }

    QueueStore(SqsTables tables) {
        this.tables = tables;
        restore();
    }

    SqsQueue get(String region, String name) {
        return queues.get(new QueueKey(region, name));
    }

    /** The queue stored under a name, and whether this call created it. */
    record Created(SqsQueue queue, boolean isNew) {
    }

    /** Creates and stores the queue unless one by that name exists. */
    Created create(String name, String accountId, String region, Map<String, String> attributes,
            Map<String, String> tags, long now) {
        SqsQueue[] created = new SqsQueue[1];
        SqsQueue stored = queues.computeIfAbsent(new QueueKey(region, name), k -> {
            created[0] = SqsQueue.create(name, accountId, region, attributes, tags, now, tables);
            tables.queues().put(k, created[0].record());
            return created[0];
        });
        return new Created(stored, stored == created[0]);
    }

    /** Deletes the queue with its messages. */
    void remove(SqsQueue queue) {
        if (queues.remove(queue.key(), queue)) {
            queue.drop();
            tables.queues().remove(queue.key(), queue.record());
        }
    }

    SqsQueue byArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":");
        return parts.length == 6 && parts[2].equals("sqs") ? get(parts[3], parts[5]) : null;
    }

    List<SqsQueue> inRegion(String region) {
        return queues.values().stream().filter(q -> q.region.equals(region))
                .sorted(Comparator.comparing(q -> q.name)).toList();
    }

    /** Every queue (restored ones included), for work that follows a restart. */
    List<SqsQueue> all() {
        return List.copyOf(queues.values());
    }

    private void restore() {
        if (tables.queues().size() == 0 && tables.messages().size() == 0) {
            return;
        }
        long now = System.currentTimeMillis();
        Map<String, SqsQueue> byId = new HashMap<>();
        for (QueueRecord r : tables.queues().values()) {
            SqsQueue queue = new SqsQueue(r, tables);
            queues.put(r.key(), queue);
            byId.put(r.id(), queue);
        }
        Map<String, List<SentMessage>> sent = new HashMap<>();
        List<MessageKey> orphans = new ArrayList<>();
        for (Map.Entry<MessageKey, SentMessage> e : tables.messages().entries()) {
            if (byId.containsKey(e.getKey().queue())) {
                sent.computeIfAbsent(e.getKey().queue(), q -> new ArrayList<>()).add(e.getValue());
            } else {
                orphans.add(e.getKey());
            }
        }
        long messages = 0;
        for (Map.Entry<String, List<SentMessage>> e : sent.entrySet()) {
            SqsQueue queue = byId.get(e.getKey());
            List<SentMessage> inOrder = e.getValue();
            inOrder.sort(Comparator.comparingLong(SentMessage::order));
            for (SentMessage m : inOrder) {
                queue.restore(m, tables.deliveries().get(new MessageKey(queue.id, m.id())), now);
            }
            messages += inOrder.size();
        }
        orphans.forEach(tables.messages()::remove);
        tables.deliveries().removeIf((k, v) -> !tables.messages().contains(k));
        restoreDeduplication(byId);
        LOG.debugf("SQS: %d queue(s) with %d message(s) restored", byId.size(), messages);
    }

    private void restoreDeduplication(Map<String, SqsQueue> byId) {
        List<Map.Entry<DedupKey, Deduplicated>> entries = new ArrayList<>(tables.deduplication().entries());
        entries.sort(Comparator.comparingLong(e -> e.getValue().until()));
        for (Map.Entry<DedupKey, Deduplicated> e : entries) {
            SqsQueue queue = byId.get(e.getKey().queue());
            if (queue == null) {
                tables.deduplication().remove(e.getKey());
            } else {
                queue.restoreDeduplication(e.getKey().key(), e.getValue());
            }
        }
    }
}
