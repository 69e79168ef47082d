package dev.fakecloud.sns.delivery;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs a delivery attempt again after each pause of a {@link RetrySchedule} until it succeeds or gives up. */
final class Retries {

    private Retries() {
    }

    /**
     * @param permanent failures not worth retrying (the endpoint refused the message, or does not exist)
     * @param attempts counts the attempts made
     * @param onRetry called before each retry
     */
    static Uni<Void> run(Supplier<Uni<Void>> attempt, RetrySchedule schedule, Predicate<Throwable> permanent,
            AtomicInteger attempts, Runnable onRetry) {
        return run(attempt, schedule.delays(), 0, permanent, attempts, onRetry);
    }

    private static Uni<Void> run(Supplier<Uni<Void>> attempt, List<Duration> delays, int i,
            Predicate<Throwable> permanent, AtomicInteger attempts, Runnable onRetry) {
        return Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return attempt.get();
        }).onFailure().recoverWithUni(e -> {
            if (permanent.test(e) || i >= delays.size()) {
                return Uni.createFrom().failure(e);
            }
            onRetry.run();
            Uni<Void> next = Uni.createFrom().deferred(() -> run(attempt, delays, i + 1, permanent, attempts, onRetry));
            Duration pause = delays.get(i);
            return pause.isZero() ? next : Uni.createFrom().voidItem().onItem().delayIt().by(pause).chain(() -> next);
        });
    }
}
