package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.sqs.model.SqsShapes.Message;
import java.util.List;

/**
 * The queue a delivery reads, as a consumer sees it: receive (under the queue's visibility timeout), delete, give a
 * message back, and hear when messages may be available. Failures are thrown (the queue is gone).
 */
interface MessageSource {

    /** Up to {@code max} (1-10) visible messages, now; empty when there are none. */
    List<Message> receive(int max);

    void delete(String receiptHandle);

    /** Makes a received message visible again at once (false when the handle is stale). */
    boolean giveBack(String receiptHandle);

    /** Runs {@code listener} whenever messages may be available; null when the queue does not exist. */
    AutoCloseable subscribe(Runnable listener);
}
