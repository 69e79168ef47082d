package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.invoke.ConcurrencyGate.Permit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The asynchronous ({@code Event}) invocations of one function that wait for concurrency: at most {@code capacity}
 * new ones (retries are always taken back), run in arrival order as soon as a permit can be had. Nothing polls:
 * {@link #drain()} is called when an event arrives and whenever a permit is released, and runs what it can.
 * Lock-free: any number of threads offer, and drains are serialised by a work-in-progress counter so that a release
 * during a drain is never missed.
 */
public final class EventQueue {

    /** One accepted event and the function it runs (as resolved when it was queued, for admission). */
    public record QueuedEvent(ResolvedFunction target, AsyncEvent event) {
    }

    /** Starts an admitted event; the runner releases the permit when the event has run. */
    public interface Runner {
        void run(QueuedEvent event, Permit permit);
    }

    private final int capacity;
    private final Function<QueuedEvent, Permit> admission;
    private final Runner runner;
    private final ConcurrentLinkedQueue<QueuedEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger wip = new AtomicInteger();

    /** @param admission a permit for the event, or null while its function is at its concurrency limit */
    public EventQueue(int capacity, Function<QueuedEvent, Permit> admission, Runner runner) {
        this.capacity = capacity;
        this.admission = admission;
        this.runner = runner;
    }

    /** Accepts a new event unless {@code capacity} events wait already; runs it at once when concurrency allows. */
    public boolean offer(QueuedEvent event) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        events.offer(event);
        drain();
        return true;
    }

    /** Takes an event back for another attempt, whatever the queue holds: an accepted event is never lost. */
    public void retry(QueuedEvent event) {
        size.incrementAndGet();
        events.offer(event);
        drain();
    }

    /** Events waiting for concurrency. */
    public int waiting() {
        return size.get();
    }

    /** Runs waiting events while permits can be had. Cheap when there is nothing to do. */
    public void drain() {
        if (size.get() == 0 || wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            QueuedEvent head;
            while ((head = events.peek()) != null) {
                Permit permit = admission.apply(head);
                if (permit == null) {
                    break;
                }
                QueuedEvent taken = events.poll();
                if (taken == null) {
                    permit.release();
                    break;
                }
                size.decrementAndGet();
                runner.run(taken, permit);
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    /** Takes a waiting event out (it grew too old while it waited); false when it is not waiting any more. */
    public boolean remove(QueuedEvent event) {
        if (events.remove(event)) {
            size.decrementAndGet();
            return true;
        }
        return false;
    }

    /** Forgets every waiting event (their function was deleted); returns how many there were. */
    public int clear() {
        int dropped = 0;
        while (events.poll() != null) {
            size.decrementAndGet();
            dropped++;
        }
        return dropped;
    }
}
