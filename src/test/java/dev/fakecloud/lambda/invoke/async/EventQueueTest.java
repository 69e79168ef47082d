package dev.fakecloud.lambda.invoke.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.invoke.ConcurrencyGate;
import dev.fakecloud.lambda.invoke.ConcurrencyGate.Permit;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationType;
import dev.fakecloud.lambda.invoke.async.EventQueue.QueuedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Asynchronous events wait in a bounded queue and run, once each, as permits are released. */
class EventQueueTest {

    final Scope scope = new Scope("000000000000", "us-east-1");

    ResolvedFunction target(int reserved) {
        LambdaFunction fn = new LambdaFunction(scope, "async", null, null, 0, null, null, reserved, null);
        return new ResolvedFunction(fn, null, null, null);
    }

    QueuedEvent event(ResolvedFunction target, String id) {
        return new QueuedEvent(target, AsyncEvent.received(new Invocation(id, scope, new FunctionRef("async", null),
                InvocationType.EVENT, false, null, new byte[0], "api"), "async"));
    }

    @Test
    void waitsWhileThrottledRunsInOrderWhenPermitsFreeUpAndRefusesBeyondItsSize() {
        ConcurrencyGate gate = new ConcurrencyGate(100, s -> 2);
        ResolvedFunction target = target(2);
        List<String> ran = new ArrayList<>();
        List<Permit> running = new ArrayList<>();
        EventQueue queue = new EventQueue(3, e -> gate.tryAcquire(e.target().function()), (e, p) -> {
            ran.add(e.event().requestId());
            running.add(p);
        });
        gate.onRelease(s -> queue.drain());
        for (String id : List.of("a", "b", "c", "d", "e")) {
            assertThat(queue.offer(event(target, id))).isTrue();
        }
        assertThat(ran).containsExactly("a", "b");
        assertThat(queue.waiting()).isEqualTo(3);
        assertThat(queue.offer(event(target, "f"))).as("full").isFalse();

        running.remove(0).release();
        assertThat(ran).containsExactly("a", "b", "c");
        running.remove(0).release();
        running.remove(0).release();
        assertThat(ran).containsExactly("a", "b", "c", "d", "e");
        assertThat(queue.waiting()).isZero();
        assertThat(running).hasSize(2);
        assertThat(queue.offer(event(target, "f"))).isTrue();
        assertThat(ran).as("both permits are taken").hasSize(5);
        new ArrayList<>(running).forEach(Permit::release);
        assertThat(ran).endsWith("f");
        assertThat(gate.running(target.function())).isEqualTo(1);
        running.get(running.size() - 1).release();
        assertThat(gate.running(target.function())).isZero();
    }

    @Test
    void underConcurrentOffersAndReleasesEveryEventRunsExactlyOnce() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate(100, s -> 3);
        ResolvedFunction target = target(3);
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Permit> held = new ConcurrentLinkedQueue<>();
        EventQueue queue = new EventQueue(100_000, e -> gate.tryAcquire(e.target().function()), (e, p) -> {
            runs.computeIfAbsent(e.event().requestId(), k -> new AtomicInteger()).incrementAndGet();
            held.add(p);
        });
        gate.onRelease(s -> queue.drain());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            work.add(threads.submit(() -> {
                for (int i = 0; i < 3_000; i++) {
                    queue.offer(event(target, thread + "-" + i));
                }
            }));
        }
        AtomicInteger releasers = new AtomicInteger(3);
        for (int t = 0; t < 3; t++) {
            work.add(threads.submit(() -> {
                while (runs.size() < 9_000 || !held.isEmpty()) {
                    Permit p = held.poll();
                    if (p != null) {
                        p.release();
                    } else {
                        Thread.onSpinWait();
                    }
                }
                releasers.decrementAndGet();
            }));
        }
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(runs).hasSize(9_000);
        assertThat(runs.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(queue.waiting()).isZero();
        assertThat(gate.running(target.function())).isZero();
    }
}
