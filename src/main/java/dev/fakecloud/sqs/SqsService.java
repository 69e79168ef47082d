package dev.fakecloud.sqs;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What other parts of fakecloud (event source mappings) use of SQS: being told, without polling, when messages
 * may be available on a queue.
 */
@ApplicationScoped
public class SqsService {

    private final QueueStore store;

    public SqsService(QueueStore store) {
        this.store = store;
    }

    /** A registration; closing it stops the notifications. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code listener} (on the sender's thread; it must not block) whenever messages are sent to the queue or
     * moved into it. Null when no such queue exists.
     */
    public Subscription onMessageAvailable(String queueArn, Runnable listener) {
        SqsQueue queue = store.byArn(queueArn);
        if (queue == null) {
            return null;
        }
        queue.addListener(listener);
        return () -> queue.removeListener(listener);
    }
}
