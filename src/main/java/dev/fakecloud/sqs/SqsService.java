package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.Message;
import dev.fakecloud.sqs.model.SqsShapes.ReceiveMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.ReceiveMessageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What other parts of fakecloud (event source mappings) use of SQS: being told, without polling, when messages
 * may be available on a queue, and receiving, deleting and re-timing messages by queue ARN as a consumer would.
 */
@ApplicationScoped
public class SqsService {

    private final QueueStore store;
    private final ReceiveService receiver;

    public SqsService(QueueStore store, ReceiveService receiver) {
        this.store = store;
        this.receiver = receiver;
    }

    /** A registration; closing it stops the notifications. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code listener} (on the sender's thread; it must not block) whenever messages are sent to the queue, moved
     * into it or made visible again by ChangeMessageVisibility. Null when no such queue exists.
     */
    public Subscription onMessageAvailable(String queueArn, Runnable listener) {
        SqsQueue queue = store.byArn(queueArn);
        if (queue == null) {
            return null;
        }
        queue.addListener(listener);
        return () -> queue.removeListener(listener);
    }

    /** Whether the queue exists. */
    public boolean exists(String queueArn) {
        return store.byArn(queueArn) != null;
    }

    /**
     * Receives up to {@code max} (1-10) messages now, with every system and message attribute, under the queue's
     * visibility timeout; dead-letters as ReceiveMessage does. Empty when none are visible.
     */
    public List<Message> receive(String queueArn, int max) {
        SqsQueue queue = queue(queueArn);
        ReceiveMessageResult result = receiver.attempt(queue,
                new ReceiveMessageRequest(null, List.of("All"), null, List.of("All"), max, null, null, null),
                Math.max(1, Math.min(10, max)));
        return result == null ? List.of() : result.messages();
    }

    /** Deletes a received message. */
    public void delete(String queueArn, String receiptHandle) {
        queue(queueArn).delete(receiptHandle, System.currentTimeMillis());
    }

    /** The earliest instant (epoch millis) an invisible or delayed message becomes visible, or -1. */
    public long nextVisibleAt(String queueArn) {
        return queue(queueArn).nextVisibleAt(System.currentTimeMillis());
    }

    private SqsQueue queue(String queueArn) {
        SqsQueue queue = store.byArn(queueArn);
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queue;
    }
}
