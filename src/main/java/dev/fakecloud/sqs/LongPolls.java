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
 * Parked ReceiveMessage calls. A parked call holds no thread: it is retried when a message is sent to its queue or
 * when the queue's timer says a pending message became visible ({@link Deliveries}), and answered empty when its
 * wait ends.
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
        final CompletableFuture<T> result = new CompletableFuture<>();

        Parked(SqsQueue queue, Supplier<T> attempt, T empty) {
            this.queue = queue;
            this.attempt = attempt;
            this.empty = empty;
        }

        /** Tries again; true when the call was answered. Synchronized so a wake and a timer never both receive. */
        synchronized boolean retry(boolean last) {
            if (result.isDone()) {
                return true;
            }
            T value;
            try {
                value = attempt.get();
            } catch (RuntimeException e) {
                finish(null, e);
                return true;
            }
            if (value != null || last) {
                finish(value != null ? value : empty, null);
                return true;
            }
            return false;
        }

        void finish(T value, RuntimeException failure) {
            parked.computeIfPresent(queue, (q, list) -> {
                list.remove(this);
                return list.isEmpty() ? null : list;
            });
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }
    }

    /**
     * Answers with {@code attempt}'s first non-null result within {@code waitMillis}, else with {@code empty}. The
     * caller makes sure the queue's timer is set ({@link Deliveries#watch}) once the call is parked.
     */
    public <T> CompletableFuture<T> park(SqsQueue queue, long waitMillis, Supplier<T> attempt, T empty) {
        Parked<T> p = new Parked<>(queue, attempt, empty);
        parked.compute(queue, (q, list) -> {
            List<Parked<?>> next = list != null ? list : new CopyOnWriteArrayList<>();
            next.add(p);
            return next;
        });
        vertx.setTimer(Math.max(1, waitMillis), id -> p.retry(true));
        // a message sent between the caller's first attempt and this registration must not be missed
        p.retry(false);
        return p.result;
    }

    /** Whether any receive is parked on the queue. */
    boolean waiting(SqsQueue queue) {
        List<Parked<?>> list = parked.get(queue);
        return list != null && !list.isEmpty();
    }

    /** How many receives are parked on the queue named by its URL's last segment (for introspection and tests). */
    public int parkedOn(String queueUrl) {
        String name = queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
        return parked.entrySet().stream().filter(e -> e.getKey().name.equals(name))
                .mapToInt(e -> e.getValue().size()).sum();
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
