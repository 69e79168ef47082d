package dev.fakecloud.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way tests wait for something that happens in the background: ask again, soon at first and then less often
 * (10 ms doubling up to 250 ms, so that an expensive question does not load the machine), until the answer is the
 * expected one, and fail with the last answer seen once the time is up.
 */
public final class Polling {

    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(10).toNanos();
    private static final long MAX_PAUSE_NANOS = Duration.ofMillis(250).toNanos();

    private Polling() {
    }

    /** Returns the first value of {@code probe} that satisfies {@code done}; fails after {@code timeout}. */
    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            T last = probe.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not as expected after " + timeout + "; last seen: " + last);
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting; last seen: " + last);
            }
        }
    }

    /** Waits until {@code condition} holds; fails after {@code timeout}. */
    public static void until(Duration timeout, Supplier<Boolean> condition) {
        until(timeout, condition, Boolean.TRUE::equals);
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        try {
            until(timeout, condition::getAsBoolean);
        } catch (AssertionError e) {
            throw new AssertionError("Timed out after " + timeout + " waiting for: " + what, e);
        }
    }

    /**
     * Polls {@code probe} until {@code done} accepts its value and returns that value, or the last one seen after
     * {@code timeout}, for the caller to assert on.
     */
    public static <T> T eventually(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        try {
            return until(timeout, probe, done);
        } catch (AssertionError e) {
            return probe.get();
        }
    }
}
