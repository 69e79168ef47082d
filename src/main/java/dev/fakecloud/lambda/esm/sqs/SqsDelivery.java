package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationType;
import dev.fakecloud.sqs.model.SqsShapes.Message;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers one SQS event source mapping. Told by the queue when messages may be available (never polling), it
 * receives them into a batch, drops those no filter matches (deleting them, as Lambda does), and invokes the
 * function when the batch is full, its window closes, or at once without a window.
 *
 * <p>Every outcome settles the batch and gives its slot back: success deletes the batch (with
 * ReportBatchItemFailures, all but the reported messages); a function error, a timeout or an unreadable partial
 * response leaves it to the visibility timeout and the queue's redrive policy; a function that could not be
 * invoked (throttled, deleted, unreachable) gets the batch back into the queue at once, and the mapping pauses with
 * a growing backoff before it tries again, by itself. LastProcessingResult says what happened.
 *
 * <p>Confined to its own Vert.x context: every event (a signal from the queue, a timer, an invocation's outcome) is
 * hopped onto it, so its state needs no lock.
 */
final class SqsDelivery {

    private static final Logger LOG = Logger.getLogger(SqsDelivery.class);
    /**
     * Without ScalingConfig, Lambda starts an SQS mapping with 5 concurrent batches and adds up to 300 a minute, up
     * to 1,000 (then the function's concurrency bounds it; throttled batches go back to the queue).
     */
    private static final int INITIAL_CONCURRENCY = 5;
    private static final int SCALE_UP_PER_MINUTE = 300;
    private static final int DEFAULT_MAX_CONCURRENCY = 1000;

    /** Where processing results go (the mapping's LastProcessingResult). */
    interface Recorder {
        void result(EventSourceMapping mapping, String result);
    }

    private final EventSourceMapping mapping;
    private final MessageSource source;
    private final FunctionCaller caller;
    private final Context context;
    private final Recorder recorder;
    private final SqsRecords records;
    private final BatchBuffer buffer;
    private final Backoff backoff = new Backoff();
    private final long windowMs;
    private final int maxConcurrency;
    private final boolean scalesUp;
    private final boolean partialFailures;
    private final long startedAt = System.currentTimeMillis();
    private AutoCloseable subscription;
    private int inFlight;
    private long windowTimer = -1;
    private boolean windowClosed;
    private long pauseTimer = -1;
    private boolean closed;

    SqsDelivery(EventSourceMapping mapping, MessageSource source, FunctionCaller caller, Context context,
            Recorder recorder) {
        this.mapping = mapping;
        this.source = source;
        this.caller = caller;
        this.context = context;
        this.recorder = recorder;
        EventSourceMappingConfiguration c = mapping.configuration();
        this.records = new SqsRecords(mapping.eventSourceArn(), mapping.scope().region(), c);
        this.buffer = new BatchBuffer(c.batchSize() == null ? 10 : c.batchSize());
        this.windowMs = c.maximumBatchingWindowInSeconds() == null ? 0 : c.maximumBatchingWindowInSeconds() * 1000L;
        this.scalesUp = c.scalingConfig() == null || c.scalingConfig().maximumConcurrency() == null;
        this.maxConcurrency = scalesUp ? DEFAULT_MAX_CONCURRENCY : c.scalingConfig().maximumConcurrency();
        this.partialFailures = c.functionResponseTypes() != null
                && c.functionResponseTypes().contains("ReportBatchItemFailures");
    }

    EventSourceMapping mapping() {
        return mapping;
    }

    /** Subscribes to the queue and delivers what is already there. */
    void start() {
        context.runOnContext(v -> {
            if (!closed) {
                subscription = source.subscribe(this::signal);
                drain();
            }
        });
    }

    /** Messages may be available (called on any thread). */
    void signal() {
        context.runOnContext(v -> drain());
    }

    /** Stops: no more receives; gathered messages go back to the queue; batches in flight still settle. */
    void close() {
        context.runOnContext(v -> {
            if (closed) {
                return;
            }
            closed = true;
            cancel(windowTimer);
            cancel(pauseTimer);
            giveBack(buffer.drain());
            if (subscription != null) {
                try {
                    subscription.close();
                } catch (Exception e) {
                    LOG.debugf("Closing the subscription of mapping %s: %s", mapping.uuid(), e.getMessage());
                }
            }
        });
    }

    /** Receives and invokes while there is room for another batch in flight. */
    private void drain() {
        while (!closed && pauseTimer < 0 && inFlight < concurrency()) {
            if (!fill()) {
                return;
            }
            if (buffer.isEmpty()) {
                windowClosed = false;
                return;
            }
            if (windowMs > 0 && !windowClosed && !buffer.full()) {
                if (windowTimer < 0) {
                    windowTimer = later(windowMs, id -> {
                        if (windowTimer == id) {
                            windowTimer = -1;
                            windowClosed = true;
                            drain();
                        }
                    });
                }
                return;
            }
            invoke(takeBatch());
        }
    }

    /** How many batches may be in flight now. */
    private int concurrency() {
        if (!scalesUp) {
            return maxConcurrency;
        }
        long minutes = (System.currentTimeMillis() - startedAt) / 60_000;
        return (int) Math.min(maxConcurrency, INITIAL_CONCURRENCY + minutes * SCALE_UP_PER_MINUTE);
    }

    /** Receives until the batch is full or the queue has nothing visible; false when the queue cannot be read. */
    private boolean fill() {
        while (!buffer.full()) {
            List<Message> received;
            try {
                received = source.receive(buffer.room());
            } catch (RuntimeException e) {
                recorder.result(mapping, "PROBLEM: " + e.getMessage());
                return false;
            }
            if (received.isEmpty()) {
                return true;
            }
            for (Message m : received) {
                if (records.matches(m)) {
                    buffer.add(m);
                } else {
                    quietly(() -> source.delete(m.receiptHandle()));
                }
            }
        }
        return true;
    }

    private List<Message> takeBatch() {
        cancel(windowTimer);
        windowClosed = false;
        return buffer.drain();
    }

    /** Invokes the function with a batch; whatever happens comes back as a {@link BatchOutcome} on the context. */
    private void invoke(List<Message> batch) {
        inFlight++;
        Set<String> ids = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        Uni.createFrom().deferred(() -> caller.call(invocation(batch)))
                .map(result -> BatchOutcome.of(result, ids, partialFailures))
                .onFailure().recoverWithItem(BatchOutcome::of)
                .subscribe().with(outcome -> context.runOnContext(v -> settle(batch, outcome)));
    }

    private Invocation invocation(List<Message> batch) {
        return new Invocation(UUID.randomUUID().toString(), mapping.scope(),
                FunctionRef.parse(mapping.functionArn(), null, mapping.scope()), InvocationType.REQUEST_RESPONSE,
                false, null, records.payload(batch), "aws:sqs");
    }

    /** Settles a batch by its outcome, then gives its slot back and goes on. */
    private void settle(List<Message> batch, BatchOutcome outcome) {
        try {
            recorder.result(mapping, outcome.result());
            switch (outcome) {
                case BatchOutcome.Processed p -> {
                    backoff.reset();
                    for (Message m : batch) {
                        if (!p.failedIds().contains(m.messageId())) {
                            quietly(() -> source.delete(m.receiptHandle()));
                        }
                    }
                }
                case BatchOutcome.FunctionFailed f -> backoff.reset();
                case BatchOutcome.InvalidBatchResponse r -> backoff.reset();
                case BatchOutcome.NotInvoked n -> {
                    giveBack(batch);
                    pause();
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Settling a batch of mapping %s failed", mapping.uuid());
        } finally {
            inFlight--;
            drain();
        }
    }

    /** Stops receiving for a while (the function cannot take batches); what was gathered goes back to the queue. */
    private void pause() {
        if (pauseTimer >= 0 || closed) {
            return;
        }
        cancel(windowTimer);
        windowClosed = false;
        giveBack(buffer.drain());
        pauseTimer = later(backoff.next(), id -> {
            if (pauseTimer == id) {
                pauseTimer = -1;
                drain();
            }
        });
    }

    private void giveBack(List<Message> messages) {
        for (Message m : messages) {
            quietly(() -> source.giveBack(m.receiptHandle()));
        }
    }

    /**
     * Runs {@code task} with the timer's id on this delivery's context after {@code ms}; returns that id, so the task
     * can tell whether its timer is still the current one (a cancel may come too late to stop it).
     */
    private long later(long ms, LongConsumer task) {
        return context.owner().setTimer(Math.max(1, ms), id -> context.runOnContext(v -> task.accept(id)));
    }

    /** Cancels the window or pause timer. */
    private void cancel(long timer) {
        if (timer >= 0) {
            context.owner().cancelTimer(timer);
            if (timer == windowTimer) {
                windowTimer = -1;
            }
            if (timer == pauseTimer) {
                pauseTimer = -1;
            }
        }
    }

    /** A delete or give-back of a message that is gone (deleted, re-received, queue deleted) is nothing to act on. */
    private void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.debugf("Mapping %s: %s", mapping.uuid(), e.getMessage());
        }
    }
}
