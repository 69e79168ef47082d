package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.lambda.asyncconfig.EventInvokeConfigService;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import dev.fakecloud.lambda.invoke.AliasRouter;
import dev.fakecloud.lambda.invoke.ConcurrencyGate;
import dev.fakecloud.lambda.invoke.ExecutionEngine;
import dev.fakecloud.lambda.invoke.LambdaMetrics;
import dev.fakecloud.lambda.invoke.async.DestinationRecord.Condition;
import dev.fakecloud.lambda.invoke.async.EventQueue.QueuedEvent;
import dev.fakecloud.lambda.invoke.async.RetryRule.Next;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Lambda's event queue: asynchronous invocations wait here for concurrency (one bounded {@link EventQueue} per
 * function, {@code fakecloud.lambda.event-queue-size} new events), run as permits are released, and after each
 * attempt follow {@link RetryRule}: a retry after its delay (a timer, no thread), or the destinations and
 * dead-letter queue its outcome calls for. An accepted event is never lost while fakecloud runs: retries always
 * find room, and an event that grows too old while it waits is given up with {@code EventAgeExceeded}.
 */
@Singleton
public class EventQueues {

    private static final Logger LOG = Logger.getLogger(EventQueues.class);

    private final ConcurrencyGate gate;
    private final ExecutionEngine engine;
    private final FunctionService functions;
    private final EventInvokeConfigService configs;
    private final AsyncDestinations destinations;
    private final Vertx vertx;
    private final int capacity;
    private final List<Duration> retryDelays;
    private final ConcurrentHashMap<String, EventQueue> queues = new ConcurrentHashMap<>();
    /** Age-limit timers of events waiting for concurrency, cancelled when they are admitted. */
    private final ConcurrentHashMap<QueuedEvent, Long> expiries = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private final LambdaMetrics metrics;

    public EventQueues(ConcurrencyGate gate, ExecutionEngine engine, FunctionService functions,
            EventInvokeConfigService configs, AsyncDestinations destinations, Vertx vertx, FakecloudConfig config,
            LambdaMetrics metrics) {
        this.metrics = metrics;
        this.gate = gate;
        this.engine = engine;
        this.functions = functions;
        this.configs = configs;
        this.destinations = destinations;
        this.vertx = vertx;
        this.capacity = config.lambda().eventQueueSize();
        this.retryDelays = List.copyOf(config.lambda().asyncRetryDelays());
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

    /** Accepts a new event (it runs when concurrency allows) or fails with {@link TooManyRequestsException}. */
    public Uni<Void> enqueue(ResolvedFunction target, AsyncEvent event) {
        return Uni.createFrom().deferred(() -> {
            QueuedEvent queued = new QueuedEvent(target, event);
            EventQueue queue = queueOf(target);
            expireWhenTooOld(queue, queued);
            if (!queue.offer(queued)) {
                cancelExpiry(queued);
                return Uni.createFrom().failure(new TooManyRequestsException("Rate Exceeded.",
                        target.function().reservedConcurrency() != null ? "ReservedFunctionInvocationRateLimitExceeded"
                                : "FunctionInvocationRateLimitExceeded"));
            }
            metrics.asyncReceived(target);
            return Uni.createFrom().voidItem();
        });
    }

    /** Events of the function waiting for concurrency. */
    public int waiting(String functionArn) {
        EventQueue queue = queues.get(functionArn);
        return queue == null ? 0 : queue.waiting();
    }

    private EventQueue queueOf(ResolvedFunction target) {
        return queues.computeIfAbsent(target.function().arn(), k -> new EventQueue(capacity,
                e -> gate.tryAcquire(e.target().function()), this::run));
    }

    private void run(QueuedEvent queued, ConcurrencyGate.Permit permit) {
        cancelExpiry(queued);
        AsyncEvent event = queued.event();
        ResolvedFunction target;
        try {
            target = resolve(event);
        } catch (RuntimeException gone) {
            permit.release();
            LOG.infof("Dropped asynchronous invocation %s: %s", event.requestId(), gone.getMessage());
            return;
        }
        metrics.asyncEventAge(target, Duration.between(event.received(), Instant.now()).toMillis());
        permit.heldUntilDone(() -> engine.execute(target, event.nextInvocation())).subscribe().with(
                result -> afterAttempt(event.attempted(result), target),
                failure -> afterSetback(event.setBack(), target, failure));
    }

    /** The version this attempt runs: an alias's weights are drawn again for every attempt. */
    private ResolvedFunction resolve(AsyncEvent event) {
        ResolvedFunction resolved = functions.resolve(event.scope(), event.ref());
        return resolved.alias() == null ? resolved
                : functions.withVersion(resolved, AliasRouter.pickVersion(resolved.alias()));
    }

    private AsyncSettings settings(AsyncEvent event, ResolvedFunction target) {
        return AsyncSettings.of(configs.configFor(event.scope(), event.functionName(), event.configQualifier())
                .orElse(null), target.version().config());
    }

    private void afterAttempt(AsyncEvent event, ResolvedFunction target) {
        AsyncSettings settings = settings(event, target);
        follow(event, settings, RetryRule.afterAttempt(event, settings, retryDelays, Instant.now()), null);
    }

    private void afterSetback(AsyncEvent event, ResolvedFunction target, Throwable failure) {
        LOG.debugf("Asynchronous invocation %s of %s could not run (%s); it will be retried", event.requestId(),
                event.functionName(), failure.getMessage());
        AsyncSettings settings = settings(event, target);
        follow(event, settings, RetryRule.afterSetback(event, settings, Instant.now()), failure.getMessage());
    }

    private void follow(AsyncEvent event, AsyncSettings settings, Next next, String failure) {
        switch (next) {
            case Next.Done done -> settle(event, settings, done.condition(), failure);
            case Next.RetryAfter retry -> vertx.setTimer(Math.max(1, retry.delay().toMillis()),
                    id -> requeue(event));
        }
    }

    private void settle(AsyncEvent event, AsyncSettings settings, Condition condition, String failure) {
        if (condition != Condition.SUCCESS) {
            LOG.debugf("Asynchronous invocation %s of %s failed for good (%s after %d attempt(s))",
                    event.requestId(), event.functionName(), condition.wire, event.attempts());
        }
        destinations.settle(event, settings, condition, failure).subscribe().with(
                done -> { },
                e -> LOG.warnf("Settling asynchronous invocation %s failed: %s", event.requestId(), e.getMessage()));
    }

    /** Puts an event back for its next attempt; its function may have changed or gone meanwhile. */
    private void requeue(AsyncEvent event) {
        if (stopped) {
            return;
        }
        ResolvedFunction target;
        try {
            target = functions.resolve(event.scope(), event.ref());
        } catch (RuntimeException gone) {
            LOG.infof("Dropped asynchronous invocation %s before its retry: %s", event.requestId(), gone.getMessage());
            return;
        }
        QueuedEvent queued = new QueuedEvent(target, event);
        EventQueue queue = queueOf(target);
        expireWhenTooOld(queue, queued);
        queue.retry(queued);
    }

    /** An event still waiting for concurrency when its maximum age passes is given up. */
    private void expireWhenTooOld(EventQueue queue, QueuedEvent queued) {
        AsyncEvent event = queued.event();
        AsyncSettings settings = settings(event, queued.target());
        long left = settings.maximumEventAgeMillis() - event.ageMillis(Instant.now());
        long timer = vertx.setTimer(Math.max(1, left), id -> {
            expiries.remove(queued);
            if (queue.remove(queued)) {
                settle(event, settings, Condition.EVENT_AGE_EXCEEDED, "The event waited for concurrency longer than "
                        + "its maximum age");
            }
        });
        expiries.put(queued, timer);
    }

    private void cancelExpiry(QueuedEvent queued) {
        Long timer = expiries.remove(queued);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
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
