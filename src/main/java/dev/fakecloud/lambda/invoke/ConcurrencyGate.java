package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.concurrency.ConcurrencyBudget;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Lambda's concurrency rules for running invocations: a function with reserved concurrency runs at most that many
 * at once (0 throttles everything); the others share what the account limit leaves unreserved. Lock-free: one
 * counter per function and one per scope for the unreserved share, each taken with compare-and-set below its limit,
 * so admitting an invocation never waits for another.
 */
@Singleton
public class ConcurrencyGate {

    public static final String RESERVED_LIMIT = "ReservedFunctionConcurrentInvocationLimitExceeded";
    public static final String ACCOUNT_LIMIT = "ConcurrentInvocationLimitExceeded";

    private final int accountLimit;
    private final ToIntFunction<Scope> reservedTotal;
    private final ConcurrentHashMap<String, AtomicInteger> byFunction = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Scope, AtomicInteger> unreservedByScope = new ConcurrentHashMap<>();
    private final List<Consumer<Scope>> releaseListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<LambdaFunction>> throttleListeners = new CopyOnWriteArrayList<>();

    @Inject
    public ConcurrencyGate(ConcurrencyBudget budget) {
        this(budget.accountLimit(), budget::reservedTotal);
    }

    /** A gate over an account limit and a source of each scope's reserved total (for tests). */
    public ConcurrencyGate(int accountLimit, ToIntFunction<Scope> reservedTotal) {
        this.accountLimit = accountLimit;
        this.reservedTotal = reservedTotal;
    }

    /**
     * Admits one invocation of {@code fn}.
     *
     * @throws TooManyRequestsException with AWS's reason when the function or the account is at its limit
     */
    public Permit acquire(LambdaFunction fn) {
        Permit permit = tryAcquire(fn);
        if (permit == null) {
            for (Consumer<LambdaFunction> listener : throttleListeners) {
                listener.accept(fn);
            }
            throw new TooManyRequestsException("Rate Exceeded.",
                    fn.reservedConcurrency() != null ? RESERVED_LIMIT : ACCOUNT_LIMIT);
        }
        return permit;
    }

    /** Admits one invocation of {@code fn}, or returns null when it would exceed a limit. */
    public Permit tryAcquire(LambdaFunction fn) {
        Integer reserved = fn.reservedConcurrency();
        AtomicInteger running = counter(byFunction, fn.arn());
        if (reserved != null) {
            return incrementBelow(running, reserved) ? new Permit(fn.scope(), running, null) : null;
        }
        AtomicInteger shared = counter(unreservedByScope, fn.scope());
        if (!incrementBelow(shared, accountLimit - reservedTotal.applyAsInt(fn.scope()))) {
            return null;
        }
        running.incrementAndGet();
        return new Permit(fn.scope(), running, shared);
    }

    /** How many invocations of the function run now (for tests and introspection). */
    public int running(LambdaFunction fn) {
        AtomicInteger c = byFunction.get(fn.arn());
        return c == null ? 0 : c.get();
    }

    /**
     * Calls {@code listener} with the scope after every release, on the releasing thread; it must be quick and must
     * not block (it is how waiting asynchronous events learn that concurrency freed up).
     */
    public void onRelease(Consumer<Scope> listener) {
        releaseListeners.add(listener);
    }

    /**
     * Calls {@code listener} with the function whenever {@link #acquire} refuses an invocation, on the caller's
     * thread; it must be quick and must not block (it is how throttles are counted).
     */
    public void onThrottle(Consumer<LambdaFunction> listener) {
        throttleListeners.add(listener);
    }

    private static <K> AtomicInteger counter(ConcurrentHashMap<K, AtomicInteger> counters, K key) {
        AtomicInteger c = counters.get(key);
        return c != null ? c : counters.computeIfAbsent(key, k -> new AtomicInteger());
    }

    private static boolean incrementBelow(AtomicInteger counter, int limit) {
        for (;;) {
            int now = counter.get();
            if (now >= limit) {
                return false;
            }
            if (counter.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** One admitted invocation. Released exactly once, however often {@link #release()} is called. */
    public final class Permit {

        private final Scope scope;
        private final AtomicInteger function;
        private final AtomicInteger shared;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Scope scope, AtomicInteger function, AtomicInteger shared) {
            this.scope = scope;
            this.function = function;
            this.shared = shared;
        }

        public void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            function.decrementAndGet();
            if (shared != null) {
                shared.decrementAndGet();
            }
            for (Consumer<Scope> listener : releaseListeners) {
                listener.accept(scope);
            }
        }

        /**
         * Starts {@code work} now and releases this permit when it ends, whatever the outcome, before the returned
         * {@code Uni} reports it. The work runs to its end even when the subscriber cancels (a function does not stop
         * because its caller went away, as on AWS), so the permit stays taken until the function has finished.
         */
        public <T> Uni<T> heldUntilDone(Supplier<Uni<T>> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            try {
                work.get().subscribe().with(item -> {
                    release();
                    result.complete(item);
                }, failure -> {
                    release();
                    result.completeExceptionally(failure);
                });
            } catch (RuntimeException e) {
                release();
                return Uni.createFrom().failure(e);
            }
            return Uni.createFrom().completionStage(result);
        }
    }
}
