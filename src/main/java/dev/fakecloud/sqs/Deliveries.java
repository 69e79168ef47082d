package dev.fakecloud.sqs;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Tells whoever waits on a queue that messages may be available: parked receives and registered listeners, when
 * messages arrive and, for listeners, when delayed or in-flight messages become visible (a timer, not a poll).
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final LongPolls longPolls;
    private final Vertx vertx;

    public Deliveries(LongPolls longPolls, Vertx vertx) {
        this.longPolls = longPolls;
        this.vertx = vertx;
    }

    void arrived(SqsQueue queue) {
        longPolls.wake(queue);
        for (Runnable listener : queue.listeners()) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "A listener of queue %s failed", queue.arn);
            }
        }
    }

    /** Messages of the queue become visible at {@code epochMillis}: listeners hear of it then. */
    void visibleAt(SqsQueue queue, long epochMillis) {
        if (queue.listeners().isEmpty()) {
            return;
        }
        long delay = Math.max(1, epochMillis - System.currentTimeMillis());
        vertx.setTimer(delay, id -> arrived(queue));
    }
}
