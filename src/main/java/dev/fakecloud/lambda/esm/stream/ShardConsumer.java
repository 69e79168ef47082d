package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.lambda.esm.stream.StreamCheckpoints.Checkpoint;
import dev.fakecloud.lambda.esm.stream.StreamFailureRecord.Condition;
import dev.fakecloud.lambda.esm.stream.StreamSource.ShardRead;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers one shard of one stream mapping, in order, one batch at a time: reads from its checkpoint, skips records
 * no filter matches, waits out the batching window, invokes the function and moves the checkpoint past what
 * succeeded. A failing batch blocks the shard: it is retried with backoff (bisected first when asked), until it
 * succeeds, its records grow too old or its retries run out; then it goes to the on-failure destination and the
 * shard moves on. Runs only on its mapping's context, so it needs no locks.
 */
final class ShardConsumer<R> {

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final StreamMappingDelivery<R> delivery;
    private final String shardId;
    private String checkpoint;
    private Instant notBefore;
    private boolean inFlight;
    private boolean finished;
    private long timer = -1;
    private int attempts;
    private int bisectLimit;
    private String batchRequestId;
    private TumblingWindow window;
    private long windowTimer = -1;

    ShardConsumer(StreamMappingDelivery<R> delivery, String shardId, Checkpoint start, Instant notBefore) {
        this.delivery = delivery;
        this.shardId = shardId;
        this.checkpoint = start.sequenceNumber();
        this.finished = start.finished();
        this.notBefore = notBefore;
    }

    String shardId() {
        return shardId;
    }

    boolean finished() {
        return finished;
    }

    /** New records may be there: read unless a batch is in flight or waiting (window, backoff). */
    void signal() {
        if (!inFlight && timer < 0 && !finished && !delivery.closed()) {
            pump();
        }
    }

    void close() {
        if (timer >= 0) {
            delivery.vertx().cancelTimer(timer);
            timer = -1;
        }
        if (windowTimer >= 0) {
            delivery.vertx().cancelTimer(windowTimer);
            windowTimer = -1;
        }
    }

    private void pump() {
        BatchSettings settings = delivery.settings();
        if (settings.tumblingWindowMillis() > 0 && window == null) {
            window = new TumblingWindow(settings.tumblingWindowMillis());
        }
        if (window != null && window.open() && System.currentTimeMillis() >= window.end()) {
            finalInvoke();
            return;
        }
        while (true) {
            int limit = bisectLimit > 0 ? bisectLimit : settings.batchSize();
            ShardRead<R> read = delivery.source().read(delivery.streamArn(), shardId, checkpoint, notBefore, limit);
            if (read.records().isEmpty()) {
                if (read.endOfShard()) {
                    finished = true;
                    save();
                    delivery.shardFinished(shardId);
                }
                return;
            }
            List<StreamRecord<R>> batch = new ArrayList<>();
            List<ObjectNode> events = new ArrayList<>();
            String lastConsumed = null;
            long payload = 20;
            long windowStart = window == null ? -1 : window.startOf(read.records().getFirst().approximateArrival());
            for (StreamRecord<R> r : read.records()) {
                if (window != null && window.startOf(r.approximateArrival()) != windowStart) {
                    break;
                }
                ObjectNode event = delivery.source().eventRecord(r, delivery.context(shardId));
                if (matches(settings.filters(), r, event)) {
                    long size = r.size() * 4L / 3 + 600;
                    if (!batch.isEmpty() && payload + size > BatchSettings.MAX_PAYLOAD) {
                        break;
                    }
                    payload += size;
                    batch.add(r);
                    events.add(event);
                }
                lastConsumed = r.sequenceNumber();
            }
            if (batch.isEmpty()) {
                advance(lastConsumed);
                continue;
            }
            long waitMillis = settings.windowMillis()
                    - (System.currentTimeMillis() - batch.getFirst().approximateArrival().toEpochMilli());
            boolean full = read.records().size() >= limit || payload >= BatchSettings.MAX_PAYLOAD / 2;
            if (waitMillis > 0 && !full && !read.endOfShard() && bisectLimit == 0 && attempts == 0) {
                timer = delivery.vertx().setTimer(waitMillis, id -> {
                    timer = -1;
                    signal();
                });
                return;
            }
            if (window != null) {
                window.enter(windowStart);
            }
            invoke(batch, events, lastConsumed, false);
            return;
        }
    }

    /** The window has ended: the function gets its last invocation for it, with the state and no records. */
    private void finalInvoke() {
        invoke(List.of(), List.of(), null, true);
    }

    /** Whether any filter matches the record as the source presents it to patterns (payload decoded). */
    private boolean matches(List<EventPattern> filters, StreamRecord<R> r, ObjectNode event) {
        if (filters.isEmpty()) {
            return true;
        }
        ObjectNode target = delivery.source().filterTarget(r, event.deepCopy());
        return filters.stream().anyMatch(p -> p.matches(target));
    }

    private void invoke(List<StreamRecord<R>> batch, List<ObjectNode> events, String lastConsumed,
            boolean finalForWindow) {
        if (batchRequestId == null) {
            batchRequestId = UUID.randomUUID().toString();
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        events.forEach(records::add);
        if (window != null && window.open()) {
            window.decorate(root, shardId, delivery.streamArn(), finalForWindow);
        }
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("stream event records always serialise", e);
        }
        inFlight = true;
        if (finalForWindow) {
            delivery.invoke(payload).subscribe().with(
                    result -> delivery.onContext(() -> windowClosed(result.functionError() == null ? "OK"
                            : "PROBLEM: Function call failed")),
                    failure -> delivery.onContext(() -> windowClosed("PROBLEM: " + failure.getMessage())));
            return;
        }
        delivery.invoke(payload).subscribe().with(
                result -> delivery.onContext(() -> completed(batch, lastConsumed, result)),
                failure -> delivery.onContext(() -> failed(batch, lastConsumed, null, failure.getMessage())));
    }

    private void completed(List<StreamRecord<R>> batch, String lastConsumed, InvocationResult result) {
        inFlight = false;
        if (result.functionError() != null) {
            failed(batch, lastConsumed, result, "Function call failed");
            return;
        }
        if (delivery.settings().reportItemFailures()) {
            Optional<Integer> first = StreamBatchResponse.firstFailure(result.payload(),
                    batch.stream().map(StreamRecord::sequenceNumber).toList());
            if (first.isEmpty()) {
                failed(batch, lastConsumed, result, "Function returned an invalid partial batch response");
                return;
            }
            if (first.get() != StreamBatchResponse.ALL_SUCCEEDED) {
                int at = first.get();
                if (at > 0) {
                    advance(batch.get(at - 1).sequenceNumber());
                }
                List<StreamRecord<R>> rest = batch.subList(at, batch.size());
                failed(rest, lastConsumed, result, "Function reported a partial batch failure");
                return;
            }
        }
        succeeded(lastConsumed, result);
    }

    private void windowClosed(String result) {
        inFlight = false;
        batchRequestId = null;
        window.close();
        delivery.record(result);
        signal();
    }

    /** Arms the final invocation of the open window for when it ends (unless records of a later one come first). */
    private void armWindowEnd() {
        if (window == null || !window.open() || windowTimer >= 0) {
            return;
        }
        long wait = Math.max(1, window.end() - System.currentTimeMillis());
        windowTimer = delivery.vertx().setTimer(wait, id -> {
            windowTimer = -1;
            signal();
        });
    }

    private void succeeded(String lastConsumed, InvocationResult result) {
        if (window != null && window.open()) {
            window.absorb(result.payload());
            armWindowEnd();
        }
        attempts = 0;
        bisectLimit = 0;
        batchRequestId = null;
        advance(lastConsumed);
        delivery.record("OK");
        signal();
    }

    private void failed(List<StreamRecord<R>> batch, String lastConsumed, InvocationResult result, String problem) {
        inFlight = false;
        delivery.record("PROBLEM: " + problem);
        BatchSettings settings = delivery.settings();
        boolean bisectable = settings.bisect() && batch.size() > 1 && result != null;
        if (settings.tooOld(batch.getFirst().approximateArrival())) {
            giveUp(batch, Condition.RECORD_AGE_EXCEEDED, result, attempts + 1);
            return;
        }
        if (bisectable) {
            bisectLimit = (batch.size() + 1) / 2;
            retryAfter(FIRST_BACKOFF_MILLIS);
            return;
        }
        attempts++;
        if (settings.retriesExhausted(attempts)) {
            giveUp(batch, Condition.RETRIES_EXHAUSTED, result, attempts);
            return;
        }
        retryAfter(Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(10, attempts - 1)));
    }

    /** Sends the batch's coordinates to the on-failure destination and moves past it; {@code invokes} ran. */
    private void giveUp(List<StreamRecord<R>> batch, Condition condition, InvocationResult result, int invokes) {
        delivery.sendFailure(batchRequestId == null ? UUID.randomUUID().toString() : batchRequestId, condition,
                invokes, result, shardId, batch);
        attempts = 0;
        bisectLimit = 0;
        batchRequestId = null;
        advance(batch.getLast().sequenceNumber());
        signal();
    }

    private void retryAfter(long millis) {
        timer = delivery.vertx().setTimer(millis, id -> {
            timer = -1;
            signal();
        });
    }

    private void advance(String sequenceNumber) {
        if (sequenceNumber != null) {
            checkpoint = sequenceNumber;
            notBefore = null;
            save();
        }
    }

    private void save() {
        delivery.checkpoints().put(delivery.uuid(), shardId, new Checkpoint(checkpoint, finished));
    }
}
