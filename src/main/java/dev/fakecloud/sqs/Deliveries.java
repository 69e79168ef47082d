package dev.fakecloud.sqs;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Tells whoever waits on a queue that messages may be available: parked receives and registered listeners. */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final LongPolls longPolls;

    public Deliveries(LongPolls longPolls) {
        this.longPolls = longPolls;
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
}
