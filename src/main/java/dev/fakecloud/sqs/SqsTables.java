package dev.fakecloud.sqs;

import dev.fakecloud.core.store.Table;

/**
 * SQS's tables in the state store. A queue writes its own rows under its lock, so each row's journal order is the
 * order the queue applied its changes in.
 *
 * @param queues every queue's attributes, tags and counters ({@code sqs.queues})
 * @param messages what was sent, written once per message ({@code sqs.messages})
 * @param deliveries each received message's delivery state ({@code sqs.deliveries})
 * @param deduplication FIFO sends within their deduplication window ({@code sqs.deduplication})
 */
record SqsTables(Table<QueueKey, QueueRecord> queues, Table<MessageKey, SentMessage> messages,
        Table<MessageKey, Delivery> deliveries, Table<DedupKey, Deduplicated> deduplication) {

    /** Where tables come from: the state store (or, in tests, a store engine of their own). */
    interface Source {
        <K, V> Table<K, V> table(String name, Class<K> key, Class<V> value);
    }

    static SqsTables in(Source store) {
        return new SqsTables(
                store.table("sqs.queues", QueueKey.class, QueueRecord.class),
                store.table("sqs.messages", MessageKey.class, SentMessage.class),
                store.table("sqs.deliveries", MessageKey.class, Delivery.class),
                store.table("sqs.deduplication", DedupKey.class, Deduplicated.class));
    }
}
