package dev.fakecloud.sns.delivery;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Deliveries that must happen one after another (a FIFO topic's messages of one group to one subscription): each
 * starts when the one submitted before it under the same key has finished, whatever its outcome. Submitting is
 * cheap and never waits.
 */
final class OrderedDeliveries {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** Runs {@code work} after everything submitted before under {@code key}; {@code work} must not fail. */
    void submit(String key, Supplier<Uni<Void>> work) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> previous = tails.put(key, mine);
        CompletableFuture<Void> start = previous == null ? CompletableFuture.completedFuture(null) : previous;
        start.whenComplete((v, e) -> Uni.createFrom().deferred(work::get).subscribe()
                .with(ok -> finished(key, mine), error -> finished(key, mine)));
    }

    private void finished(String key, CompletableFuture<Void> mine) {
        mine.complete(null);
        tails.remove(key, mine);
    }
}
