package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.lambda.esm.stream.ShardReader.SlotRead;
import dev.fakecloud.lambda.esm.stream.StreamFailureRecord.Condition;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers one slot of one shard of a stream mapping (the whole shard when {@code ParallelizationFactor} is 1), in
 * order, one batch at a time: reads the slot's records from its position, skips records no filter matches, waits
 * out the batching window, invokes the function and moves its position past what succeeded. A failing batch blocks
 * the slot (only its keys): it is retried with backoff (bisected first when asked), until it succeeds, its records
 * grow too old or its retries run out; then it goes to the on-failure destination and the slot moves on. Its shard
 * checkpoints only what every slot is done with. Runs only on its mapping's context, so it needs no locks.
 */
final class SlotConsumer<R> {

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final StreamMappingDelivery<R> delivery;
    private final ShardConsumer<R> shard;
    private final ShardReader<R> reader;
    private final int slot;
    private final String shardId;
    private String position;
    private Instant notBefore;
    private boolean inFlight;
    private boolean finished;
    private boolean draining;
    private long timer = -1;
    private int attempts;
    private int bisectLimit;
    private String batchRequestId;
    private TumblingWindow window;
    private long windowTimer = -1;

    SlotConsumer(StreamMappingDelivery<R> delivery, ShardConsumer<R> shard, ShardReader<R> reader, int slot,
            String position, Instant notBefore) {
        this.delivery = delivery;
        this.shard = shard;
        this.reader = reader;
        this.slot = slot;
        this.shardId = shard.shardId();
        this.position = position;
        this.notBefore = notBefore;
    }

    /** The last record of this slot's keys it is done with (null: none yet). */
    String position() {
        return position;
    }

    boolean finished() {
        return finished;
    }

    ShardReader<R> reader() {
        return reader;
    }

    /** Whether an invocation of this slot is running. */
    boolean busy() {
        return inFlight;
    }

    /** New records may be there: read unless a batch is in flight or waiting (window, backoff). */
    void signal() {
        if (draining) {
            if (!inFlight) {
                shard.slotIdle();
            }
            return;
        }
        if (!inFlight && timer < 0 && !finished && !delivery.closed()) {
            pump();
        }
    }

    /**
     * The slots are being replaced (the parallelization factor changed): starts no batch, retry or window
     * invocation any more; the one in flight still completes and moves the position.
     */
    void drain() {
        draining = true;
        close();
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
            SlotRead<R> read = reader.read(slot, position, notBefore, limit);
            if (read.records().isEmpty()) {
                advance(read.steppedTo());
                if (read.endOfShard()) {
                    finished = true;
                    shard.slotFinished();
                    return;
                }
                if (read.steppedTo() == null) {
                    return;
                }
                continue;
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
        if (window == null || !window.open() || windowTimer >= 0 || draining) {
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
        if (draining) {
            shard.slotIdle();
            return;
        }
        timer = delivery.vertx().setTimer(millis, id -> {
            timer = -1;
            signal();
        });
    }

    private void advance(String sequenceNumber) {
        if (sequenceNumber != null) {
            position = sequenceNumber;
            notBefore = null;
            shard.slotAdvanced();
        }
    }
}
