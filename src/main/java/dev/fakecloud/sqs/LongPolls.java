package dev.fakecloud.sqs;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Parked ReceiveMessage calls. A parked call holds no thread: it is retried when a message is sent to its queue,
 * when a Vert.x timer says an invisible message becomes visible again, and answered empty when its wait ends.
 */
@ApplicationScoped
public class LongPolls {

    private final Vertx vertx;
    private final Map<SqsQueue, List<Parked<?>>> parked = new ConcurrentHashMap<>();

    public LongPolls(Vertx vertx) {
        this.vertx = vertx;
    }

    private final class Parked<T> {
        final SqsQueue queue;
        final Supplier<T> attempt;
        final T empty;
        final long deadline;
        final CompletableFuture<T> result = new CompletableFuture<>();
        long retryTimer = -1;

        Parked(SqsQueue queue, Supplier<T> attempt, T empty, long deadline) {
            this.queue = queue;
            this.attempt = attempt;
            this.empty = empty;
            this.deadline = deadline;
        }

        /** Tries again; true when the call was answered. Synchronized so a wake and a timer never both receive. */
        synchronized boolean retry(boolean last) {
            if (result.isDone()) {
                return true;
            }
            T value = attempt.get();
            if (value != null || last) {
                finish(value != null ? value : empty);
                return true;
            }
            scheduleRetry();
            return false;
        }

        void scheduleRetry() {
            long now = System.currentTimeMillis();
            long next = queue.nextVisibleAt(now);
            if (next > 0 && next < deadline && retryTimer < 0) {
                retryTimer = vertx.setTimer(Math.max(1, next - now), id -> {
                    retryTimer = -1;
                    retry(false);
                });
            }
        }

        void finish(T value) {
            List<Parked<?>> list = parked.get(queue);
            if (list != null) {
                list.remove(this);
            }
            result.complete(value);
        }
    }

    /**
     * Answers with {@code attempt}'s first non-null result within {@code waitMillis}, else with {@code empty}.
     */
    public <T> CompletableFuture<T> park(SqsQueue queue, long waitMillis, Supplier<T> attempt, T empty) {
        Parked<T> p = new Parked<>(queue, attempt, empty, System.currentTimeMillis() + waitMillis);
        parked.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>()).add(p);
        vertx.setTimer(Math.max(1, waitMillis), id -> p.retry(true));
        // a message sent between the caller's first attempt and this registration must not be missed
        p.retry(false);
        return p.result;
    }

    /** A message arrived (or became visible): parked calls on the queue try again, oldest first. */
    public void wake(SqsQueue queue) {
        List<Parked<?>> list = parked.get(queue);
        if (list == null) {
            return;
        }
        for (Parked<?> p : list) {
            if (!p.retry(false)) {
                return;
            }
        }
    }
}
