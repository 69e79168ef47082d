package dev.fakecloud.sqs;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Tells whoever waits on a queue (parked receives and registered listeners) that messages may be available: when
 * messages arrive, and, through the queue's one timer, when delayed or in-flight messages become visible. Never
 * called under a queue's lock.
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

    /** Messages of the queue become visible at {@code epochMillis}: whoever waits then hears of it. */
    void visibleAt(SqsQueue queue, long epochMillis) {
        if (epochMillis > 0 && waited(queue)) {
            queue.wake.schedule(vertx, epochMillis, () -> fired(queue));
        }
    }

    /** Someone started waiting on the queue: they will hear when its next pending message becomes visible. */
    void watch(SqsQueue queue) {
        visibleAt(queue, queue.nextVisibleAt(System.currentTimeMillis()));
    }

    private void fired(SqsQueue queue) {
        arrived(queue);
        watch(queue);
    }

    private boolean waited(SqsQueue queue) {
        return !queue.listeners().isEmpty() || longPolls.waiting(queue);
    }
}
