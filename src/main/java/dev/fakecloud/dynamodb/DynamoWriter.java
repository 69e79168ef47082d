package dev.fakecloud.dynamodb;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread every DynamoDB change runs on. Confinement gives what AWS promises without locks: a condition and
 * the write it guards are one step, a transaction's items change together, indexes follow their table, and stream
 * records come out in commit order. Readers never wait for it (they read immutable items).
 */
@ApplicationScoped
public class DynamoWriter {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dynamodb-writer");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code change} on the writer thread; its result or failure is the Uni's. */
    public <T> Uni<T> submit(Supplier<T> change) {
        return Uni.createFrom().emitter(emitter -> thread.execute(() -> {
            T result;
            try {
                result = change.get();
            } catch (RuntimeException e) {
                emitter.fail(e);
                return;
            }
            emitter.complete(result);
        }));
    }

    /** Runs {@code task} on the writer thread every {@code interval}. */
    public void every(Duration interval, Runnable task) {
        long millis = Math.max(1, interval.toMillis());
        thread.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        thread.shutdownNow();
    }
}
