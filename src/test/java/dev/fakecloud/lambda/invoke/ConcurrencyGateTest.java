package dev.fakecloud.lambda.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Lambda's concurrency arithmetic: reserved functions get their own share, the rest share what is left. */
class ConcurrencyGateTest {

    final Scope scope = new Scope("000000000000", "us-east-1");
    final List<LambdaFunction> functions = new CopyOnWriteArrayList<>();

    LambdaFunction function(String name, Integer reserved) {
        LambdaFunction fn = new LambdaFunction(scope, name, null, null, 0, null, null, reserved, null);
        functions.add(fn);
        return fn;
    }

    @Test
    void unreservedFunctionsShareWhatTheAccountLimitLeaves() {
        ConcurrencyGate gate = new ConcurrencyGate(5, s -> functions.stream()
                .mapToInt(f -> f.reservedConcurrency() == null ? 0 : f.reservedConcurrency()).sum());
        LambdaFunction reserved = function("reserved", 3);
        LambdaFunction a = function("a", null);
        LambdaFunction b = function("b", null);
        ConcurrencyGate.Permit first = gate.acquire(a);
        gate.acquire(b);
        assertThatThrownBy(() -> gate.acquire(a)).isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).reason())
                        .isEqualTo("ConcurrentInvocationLimitExceeded"));
        for (int i = 0; i < 3; i++) {
            gate.acquire(reserved);
        }
        assertThatThrownBy(() -> gate.acquire(reserved)).isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).reason())
                        .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"));
        first.release();
        first.release();
        gate.acquire(a);
        assertThatThrownBy(() -> gate.acquire(b)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void manyThreadsNeverExceedTheLimitsAndGiveEverythingBack() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate(12, s -> 4);
        LambdaFunction reserved = function("r", 4);
        LambdaFunction shared = function("s", null);
        AtomicInteger reservedNow = new AtomicInteger();
        AtomicInteger sharedNow = new AtomicInteger();
        AtomicInteger worst = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger releases = new AtomicInteger();
        gate.onRelease(scope -> releases.incrementAndGet());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            LambdaFunction fn = t % 2 == 0 ? reserved : shared;
            AtomicInteger now = fn == reserved ? reservedNow : sharedNow;
            int limit = fn == reserved ? 4 : 8;
            runs.add(threads.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    ConcurrencyGate.Permit p = gate.tryAcquire(fn);
                    if (p == null) {
                        continue;
                    }
                    admitted.incrementAndGet();
                    int running = now.incrementAndGet();
                    if (running > limit) {
                        worst.accumulateAndGet(running, Math::max);
                    }
                    now.decrementAndGet();
                    p.release();
                    p.release();
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(worst.get()).as("more running than the limit allows").isZero();
        assertThat(gate.running(reserved)).isZero();
        assertThat(gate.running(shared)).isZero();
        assertThat(releases.get()).isEqualTo(admitted.get());
        for (int i = 0; i < 4; i++) {
            assertThat(gate.tryAcquire(reserved)).isNotNull();
        }
        for (int i = 0; i < 8; i++) {
            assertThat(gate.tryAcquire(shared)).isNotNull();
        }
        assertThat(gate.tryAcquire(shared)).isNull();
    }

    @Test
    void aHeldPermitIsReleasedOnceTheWorkEndsWhateverItsOutcome() {
        ConcurrencyGate gate = new ConcurrencyGate(10, s -> 1);
        LambdaFunction fn = function("held", 1);
        CompletableFuture<String> work = new CompletableFuture<>();
        Uni<String> result = gate.acquire(fn).heldUntilDone(() -> Uni.createFrom().completionStage(work));
        assertThat(gate.running(fn)).isEqualTo(1);
        // the caller going away does not stop the work: the permit stays taken until it ends
        result.subscribe().with(r -> { }, e -> { }).cancel();
        assertThat(gate.tryAcquire(fn)).isNull();
        work.completeExceptionally(new IllegalStateException("container crashed"));
        assertThat(gate.running(fn)).isZero();

        Uni<String> failedToStart = gate.acquire(fn).heldUntilDone(() -> {
            throw new IllegalStateException("no engine");
        });
        assertThatThrownBy(() -> failedToStart.await().indefinitely()).hasMessage("no engine");
        assertThat(gate.running(fn)).isZero();
        assertThat(gate.acquire(fn).heldUntilDone(() -> Uni.createFrom().item("ok")).await().indefinitely())
                .isEqualTo("ok");
        assertThat(gate.running(fn)).isZero();
    }
}
