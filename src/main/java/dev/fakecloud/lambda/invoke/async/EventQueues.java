package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import dev.fakecloud.lambda.invoke.ConcurrencyGate;
import dev.fakecloud.lambda.invoke.ExecutionEngine;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.async.EventQueue.QueuedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Where asynchronous ({@code Event}) invocations wait for concurrency: one bounded {@link EventQueue} per function
 * ({@code fakecloud.lambda.event-queue-size} events), drained whenever a permit is released. A full queue refuses
 * the event with AWS's {@code TooManyRequestsException}. Events run once; retries, destinations and dead-letter
 * queues are not part of this path yet.
 */
@Singleton
public class EventQueues {

    private static final Logger LOG = Logger.getLogger(EventQueues.class);

    private final ConcurrencyGate gate;
    private final ExecutionEngine engine;
    private final int capacity;
    private final ConcurrentHashMap<String, EventQueue> queues = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public EventQueues(ConcurrencyGate gate, ExecutionEngine engine, FakecloudConfig config) {
        this.gate = gate;
        this.engine = engine;
        this.capacity = config.lambda().eventQueueSize();
        gate.onRelease(scope -> {
            if (!stopped) {
                queues.values().forEach(EventQueue::drain);
            }
        });
    }

    /** At shutdown waiting events are not started any more. */
    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** Accepts the event (it runs when concurrency allows) or fails with {@link TooManyRequestsException}. */
    public Uni<Void> enqueue(ResolvedFunction target, Invocation invocation) {
        return Uni.createFrom().deferred(() -> {
            EventQueue queue = queues.computeIfAbsent(target.function().arn(), k -> new EventQueue(capacity,
                    e -> gate.tryAcquire(e.target().function()), this::run));
            if (!queue.offer(new QueuedEvent(target, invocation))) {
                return Uni.createFrom().failure(new TooManyRequestsException("Rate Exceeded.",
                        target.function().reservedConcurrency() != null ? "ReservedFunctionInvocationRateLimitExceeded"
                                : "FunctionInvocationRateLimitExceeded"));
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Events of the function waiting for concurrency. */
    public int waiting(String functionArn) {
        EventQueue queue = queues.get(functionArn);
        return queue == null ? 0 : queue.waiting();
    }

    private void run(QueuedEvent event, ConcurrencyGate.Permit permit) {
        Invocation invocation = event.invocation();
        permit.heldUntilDone(() -> engine.execute(event.target(), invocation)).subscribe().with(
                result -> LOG.debugf("Asynchronous invocation %s of %s ran%s", invocation.requestId(),
                        event.target().function().name(), result.functionError() == null ? ""
                                : " and failed (" + result.functionError() + ")"),
                failure -> LOG.warnf("Asynchronous invocation %s of %s could not run: %s", invocation.requestId(),
                        event.target().function().name(), failure.getMessage()));
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        if (event.qualifier() != null) {
            return;
        }
        EventQueue queue = queues.remove(LambdaArns.function(event.scope(), event.functionName(), null));
        int dropped = queue == null ? 0 : queue.clear();
        if (dropped > 0) {
            LOG.infof("Dropped %d waiting asynchronous invocation(s) of deleted function %s", dropped,
                    event.functionName());
        }
    }
}
