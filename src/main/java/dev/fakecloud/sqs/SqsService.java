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
    private final Deliveries deliveries;

    public SqsService(QueueStore store, ReceiveService receiver, Deliveries deliveries) {
        this.store = store;
        this.receiver = receiver;
        this.deliveries = deliveries;
    }

    /** A registration; closing it stops the notifications. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code listener} (on the sender's or a timer's thread; it must not block) whenever messages are sent to
     * the queue, moved into it, or become visible (a delay or visibility timeout ends, or ChangeMessageVisibility).
     * Null when no such queue exists. Queues created or deleted are announced as {@link QueueLifecycle} events.
     */
    public Subscription onMessageAvailable(String queueArn, Runnable listener) {
        SqsQueue queue = store.byArn(queueArn);
        if (queue == null) {
            return null;
        }
        queue.addListener(listener);
        deliveries.watch(queue);
        return () -> queue.removeListener(listener);
    }

    /** The queue's VisibilityTimeout in seconds, or null when no such queue exists. */
    public Integer visibilityTimeout(String queueArn) {
        SqsQueue queue = store.byArn(queueArn);
        return queue == null ? null : queue.settings().visibilityTimeout();
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

    /**
     * Makes a received message visible again after {@code seconds} (0: at once), as ChangeMessageVisibility does;
     * false when the handle is no longer the message's latest (it was deleted or received again).
     */
    public boolean changeVisibility(String queueArn, String receiptHandle, int seconds) {
        SqsQueue queue = queue(queueArn);
        long now = System.currentTimeMillis();
        if (!queue.changeVisibility(receiptHandle, seconds, now)) {
            return false;
        }
        if (seconds == 0) {
            deliveries.arrived(queue);
        } else {
            deliveries.visibleAt(queue, now + seconds * 1000L);
        }
        return true;
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
