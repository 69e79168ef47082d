package dev.fakecloud.sns;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What FIFO topics remember between publishes: sequence numbers (increasing across restarts, as they start from the
 * clock) and the deduplication ids of the last five minutes, for which a repeated publish answers the first one's
 * message id and sequence number and delivers nothing.
 */
@ApplicationScoped
public class FifoTopics {

    static final long DEDUPLICATION_WINDOW_MILLIS = 5 * 60 * 1000;

    /** A message a FIFO topic accepted. */
    record Accepted(String messageId, String sequenceNumber) {
    }

    /** One topic's state; callers hold its monitor while they publish, so deliveries start in sequence. */
    static final class State {
        private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
        private final Map<String, Seen> seen = new ConcurrentHashMap<>();
        private long lastSweep;

        String nextSequenceNumber() {
            return String.format("%020d", sequence.incrementAndGet());
        }

        /** The earlier message with this deduplication id within the window, or null. */
        Accepted duplicate(String deduplicationId, long now) {
            if (now - lastSweep > 10_000) {
                lastSweep = now;
                for (Iterator<Seen> it = seen.values().iterator(); it.hasNext();) {
                    if (it.next().expires < now) {
                        it.remove();
                    }
                }
            }
            Seen s = seen.get(deduplicationId);
            return s != null && s.expires >= now ? s.accepted : null;
        }

        void remember(String deduplicationId, Accepted accepted, long now) {
            seen.put(deduplicationId, new Seen(accepted, now + DEDUPLICATION_WINDOW_MILLIS));
        }
    }

    private record Seen(Accepted accepted, long expires) {
    }

    private final Map<String, State> topics = new ConcurrentHashMap<>();

    State of(String topicArn) {
        return topics.computeIfAbsent(topicArn, k -> new State());
    }

    void forget(String topicArn) {
        topics.remove(topicArn);
    }
}
