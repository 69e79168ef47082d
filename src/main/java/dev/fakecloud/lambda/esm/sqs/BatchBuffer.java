package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.sqs.model.SqsShapes.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The messages a delivery gathers into its next batch, by message id: a message received again while the batch is
 * gathered (its visibility timeout passed during a batching window) replaces the earlier copy, keeping its place, so
 * that no batch holds a message twice and the batch carries its latest receipt handle.
 */
final class BatchBuffer {

    /** Lambda's synchronous payload limit, with room for the event's own JSON. */
    static final long MAX_BYTES = 6 * 1024 * 1024 - 64 * 1024;
    private static final int RECORD_OVERHEAD = 512;

    private final int batchSize;
    private final LinkedHashMap<String, Message> messages = new LinkedHashMap<>();
    private long bytes;

    BatchBuffer(int batchSize) {
        this.batchSize = batchSize;
    }

    void add(Message m) {
        Message earlier = messages.put(m.messageId(), m);
        if (earlier != null) {
            bytes -= weight(earlier);
        }
        bytes += weight(m);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** A full batch is invoked without waiting for its window. */
    boolean full() {
        return messages.size() >= batchSize || bytes >= MAX_BYTES;
    }

    /** How many more messages a receive may ask for (1-10). */
    int room() {
        return Math.max(1, Math.min(10, batchSize - messages.size()));
    }

    /** Empties the buffer, returning what it held in the order received. */
    List<Message> drain() {
        List<Message> batch = new ArrayList<>(messages.values());
        messages.clear();
        bytes = 0;
        return batch;
    }

    private static long weight(Message m) {
        return (m.body() == null ? 0 : m.body().length()) + RECORD_OVERHEAD;
    }
}
