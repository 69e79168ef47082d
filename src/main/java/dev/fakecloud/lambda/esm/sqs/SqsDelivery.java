package dev.fakecloud.lambda.esm.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.invoke.InvocationType;
import dev.fakecloud.lambda.invoke.Invoker;
import dev.fakecloud.sqs.SqsService;
import dev.fakecloud.sqs.model.SqsShapes.Message;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers one SQS event source mapping: told by the queue when messages may be available (never polling), it
 * receives them into a batch, drops those no filter matches (deleting them, as Lambda does), and invokes the
 * function when the batch is full, its window closes, or at once without a window. Success deletes the batch;
 * a function error deletes nothing (the messages return after the visibility timeout, and the queue's redrive policy
 * applies); with ReportBatchItemFailures only the reported messages stay.
 */
final class SqsDelivery {

    private static final Logger LOG = Logger.getLogger(SqsDelivery.class);
    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final int MAX_BATCH_BYTES = 6 * 1024 * 1024;
    /**
     * Without ScalingConfig, Lambda starts an SQS mapping with 5 concurrent batches and adds up to 300 a minute, up
     * to 1,000 (then the function's concurrency bounds it; throttled batches go back to the queue).
     */
    private static final int INITIAL_CONCURRENCY = 5;
    private static final int SCALE_UP_PER_MINUTE = 300;
    private static final int DEFAULT_MAX_CONCURRENCY = 1000;

    private final EventSourceMapping mapping;
    private final SqsService sqs;
    private final Invoker invoker;
    private final Vertx vertx;
    private final Recorder recorder;
    private final List<EventPattern> filters;
    private final int batchSize;
    private final long windowMs;
    private final int maxConcurrency;
    private final boolean scalesUp;
    private final long startedAt = System.currentTimeMillis();
    private final boolean partialFailures;
    private final List<Message> buffer = new ArrayList<>();
    private final SqsService.Subscription subscription;
    private int inFlight;
    private long windowTimer = -1;
    private boolean closed;

    /** Where processing results go (the mapping's LastProcessingResult). */
    interface Recorder {
        void result(EventSourceMapping mapping, String result);
    }

    SqsDelivery(EventSourceMapping mapping, SqsService sqs, Invoker invoker, Vertx vertx, Recorder recorder) {
        this.mapping = mapping;
        this.sqs = sqs;
        this.invoker = invoker;
        this.vertx = vertx;
        this.recorder = recorder;
        EventSourceMappingConfiguration c = mapping.configuration();
        this.filters = c.filterCriteria() == null || c.filterCriteria().filters() == null ? List.of()
                : c.filterCriteria().filters().stream().map(f -> EventPattern.parse(f.pattern())).toList();
        this.batchSize = c.batchSize() == null ? 10 : c.batchSize();
        this.windowMs = c.maximumBatchingWindowInSeconds() == null ? 0 : c.maximumBatchingWindowInSeconds() * 1000L;
        this.scalesUp = c.scalingConfig() == null || c.scalingConfig().maximumConcurrency() == null;
        this.maxConcurrency = scalesUp ? DEFAULT_MAX_CONCURRENCY : c.scalingConfig().maximumConcurrency();
        this.partialFailures = c.functionResponseTypes() != null
                && c.functionResponseTypes().contains("ReportBatchItemFailures");
        this.subscription = sqs.onMessageAvailable(mapping.eventSourceArn(), this::signal);
        signal();
    }

    EventSourceMapping mapping() {
        return mapping;
    }

    /** Messages may be available: drain on an event loop, never on the sender's thread. */
    void signal() {
        vertx.runOnContext(v -> drain());
    }

    private synchronized void drain() {
        if (closed) {
            return;
        }
        fill();
        if (buffer.isEmpty()) {
            return;
        }
        if (windowMs == 0 || buffer.size() >= batchSize || bytes(buffer) >= MAX_BATCH_BYTES) {
            flush();
        } else if (windowTimer < 0) {
            windowTimer = vertx.setTimer(windowMs, id -> windowClosed());
        }
    }

    private synchronized void windowClosed() {
        windowTimer = -1;
        if (!closed) {
            fill();
            flush();
        }
    }

    /** Receives until the batch is full, the queue has nothing visible, or the payload limit is near. */
    /** How many batches may be in flight now. */
    private int concurrency() {
        if (!scalesUp) {
            return maxConcurrency;
        }
        long minutes = (System.currentTimeMillis() - startedAt) / 60_000;
        return (int) Math.min(maxConcurrency, INITIAL_CONCURRENCY + minutes * SCALE_UP_PER_MINUTE);
    }

    private void fill() {
        if (inFlight >= concurrency()) {
            return;
        }
        while (buffer.size() < batchSize && bytes(buffer) < MAX_BATCH_BYTES) {
            List<Message> received;
            try {
                received = sqs.receive(mapping.eventSourceArn(), Math.min(10, batchSize - buffer.size()));
            } catch (RuntimeException e) {
                recorder.result(mapping, "PROBLEM: " + e.getMessage());
                return;
            }
            if (received.isEmpty()) {
                return;
            }
            for (Message m : received) {
                if (matches(m)) {
                    buffer.add(m);
                } else {
                    sqs.delete(mapping.eventSourceArn(), m.receiptHandle());
                }
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty() || inFlight >= concurrency()) {
            return;
        }
        if (windowTimer >= 0) {
            vertx.cancelTimer(windowTimer);
            windowTimer = -1;
        }
        List<Message> batch = List.copyOf(buffer);
        buffer.clear();
        inFlight++;
        invoke(batch);
    }

    private void invoke(List<Message> batch) {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(new SqsEventRecord.Event(batch.stream().map(this::record).toList()));
        } catch (IOException e) {
            throw new IllegalStateException("SQS event records always serialise", e);
        }
        FunctionRef function = FunctionRef.parse(mapping.functionArn(), null, mapping.scope());
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), mapping.scope(), function,
                InvocationType.REQUEST_RESPONSE, false, null, payload, "aws:sqs");
        invoker.invoke(invocation, "Invoke").subscribe().with(
                result -> completed(batch, result),
                failure -> failed(batch, failure));
    }

    private void completed(List<Message> batch, InvocationResult result) {
        if (result.functionError() != null) {
            done("PROBLEM: Function call failed");
            return;
        }
        Set<String> keep = Set.of();
        if (partialFailures) {
            Set<String> ids = batch.stream().map(Message::messageId).collect(Collectors.toSet());
            var failed = BatchResponse.failedIds(result.payload(), ids);
            if (failed.isEmpty()) {
                done("PROBLEM: Function returned an invalid partial batch response");
                return;
            }
            keep = failed.get();
        }
        for (Message m : batch) {
            if (!keep.contains(m.messageId())) {
                try {
                    sqs.delete(mapping.eventSourceArn(), m.receiptHandle());
                } catch (RuntimeException e) {
                    LOG.debugf("Could not delete %s: %s", m.messageId(), e.getMessage());
                }
            }
        }
        done("OK");
    }

    private void failed(List<Message> batch, Throwable failure) {
        done("PROBLEM: " + failure.getMessage());
    }

    private void done(String result) {
        recorder.result(mapping, result);
        synchronized (this) {
            inFlight--;
        }
        signal();
    }

    private boolean matches(Message m) {
        if (filters.isEmpty()) {
            return true;
        }
        ObjectNode target = JSON.valueToTree(record(m));
        JsonNode body = parsedBody(m.body());
        if (body != null) {
            target.set("body", body);
        }
        for (EventPattern pattern : filters) {
            if (pattern.matches(target)) {
                return true;
            }
        }
        return false;
    }

    /** The body as JSON when it is a JSON object or array, as Lambda's filtering treats it; else null. */
    private static JsonNode parsedBody(String body) {
        if (body == null) {
            return null;
        }
        String trimmed = body.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(trimmed);
        } catch (IOException e) {
            return null;
        }
    }

    private SqsEventRecord record(Message m) {
        Map<String, SqsEventRecord.Attribute> attributes = new LinkedHashMap<>();
        if (m.messageAttributes() != null) {
            m.messageAttributes().forEach((name, v) -> attributes.put(name, new SqsEventRecord.Attribute(
                    v.stringValue(), v.binaryValue(), v.stringListValues() == null ? List.of() : v.stringListValues(),
                    v.binaryListValues() == null ? List.of() : v.binaryListValues(), v.dataType())));
        }
        return new SqsEventRecord(m.messageId(), m.receiptHandle(), m.body(),
                m.attributes() == null ? Map.of() : m.attributes(), attributes, m.md5OfBody(), "aws:sqs",
                mapping.eventSourceArn(), mapping.scope().region());
    }

    private static long bytes(List<Message> messages) {
        long total = 0;
        for (Message m : messages) {
            total += m.body() == null ? 0 : m.body().length() + 512;
        }
        return total;
    }

    synchronized void close() {
        closed = true;
        if (windowTimer >= 0) {
            vertx.cancelTimer(windowTimer);
        }
        if (subscription != null) {
            subscription.close();
        }
    }
}
