package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.RecordShapes.RecordShape;
import dev.fakecloud.kinesis.model.RecordShapes.SubscribeToShardEvent;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StoredRecord;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One SubscribeToShard subscription of an enhanced fan-out consumer to a shard: its events, pushed the moment
 * records arrive (the stream tells it, nothing polls) and at least every five seconds when none do, each read from
 * where the last ended, as many as the client asks for. It ends when its lifetime is over, when a closed shard has
 * been read to its end (a last event names the child shards), when the client goes away, or with an error event
 * when another subscription takes it over or the stream or consumer is gone. Runs on its own context only.
 */
final class ShardSubscription {

    static final long HEARTBEAT_MILLIS = 5_000;
    /** At most this much of the shard goes in one event, as in one GetRecords call. */
    private static final int MAX_RECORDS = 10_000;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ShardSubscriptions.Key key;
    private final Shard shard;
    private final StreamStore store;
    private final ShardLog log;
    private final Context context;
    private final Runnable released;
    private final long startedMillis = System.currentTimeMillis();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Multi<SubscribeToShardEvent> events;
    private long fromCounter;
    private long notBeforeMillis;
    private MultiEmitter<? super SubscribeToShardEvent> emitter;
    private Runnable stopListening;
    private long heartbeat = -1;
    private long lifetime = -1;
    private boolean ended;

    ShardSubscription(ShardSubscriptions.Key key, Shard shard, ShardPositions.Position start, StreamStore store,
            ShardLog log, Context context, long lifetimeMillis, Runnable released) {
        this.key = key;
        this.shard = shard;
        this.store = store;
        this.log = log;
        this.context = context;
        this.released = released;
        this.fromCounter = start.fromCounter();
        this.notBeforeMillis = start.notBeforeMillis();
        this.events = Multi.createFrom().<SubscribeToShardEvent>emitter(e -> context.runOnContext(v -> start(e)));
        context.runOnContext(v -> {
            if (!ended) {
                lifetime = context.owner().setTimer(lifetimeMillis, id -> complete());
            }
        });
    }

    /** Its events, for the one client that subscribed; cancelling them ends the subscription. */
    Multi<SubscribeToShardEvent> events() {
        return events;
    }

    long startedMillis() {
        return startedMillis;
    }

    /** Another subscription of the same consumer to the same shard took over: this one fails as AWS fails it. */
    void takenOver() {
        context.runOnContext(v -> fail(KinesisErrors.resourceInUse("Another active subscription exists for this "
                + "consumer: " + key.consumerArn())));
    }

    private void start(MultiEmitter<? super SubscribeToShardEvent> e) {
        if (ended) {
            e.complete();
            return;
        }
        emitter = e;
        e.onRequest(n -> context.runOnContext(v -> pump()));
        e.onTermination(() -> context.runOnContext(v -> end()));
        stopListening = store.listen(key.streamArn(), this::wake);
        scheduleHeartbeat();
        pump();
    }

    /** Records were put or the shards changed (on the writer's thread): read on the own context, once. */
    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            context.runOnContext(v -> {
                wakeQueued.set(false);
                pump();
            });
        }
    }

    /** Sends what the shard holds past the position while the client asks for more; ends at a closed shard's end. */
    private void pump() {
        while (!ended && emitter != null && emitter.requested() > 0) {
            KinesisStream stream = store.get(key.streamArn());
            if (stream == null) {
                fail(KinesisErrors.resourceNotFound("Stream " + key.streamArn() + " not found."));
                return;
            }
            Shard current = stream.shard(shard.shardId());
            if (current == null) {
                fail(KinesisErrors.shardNotFound(shard.shardId(), stream.name(), stream.accountId()));
                return;
            }
            if (stream.consumers().stream().noneMatch(c -> c.arn().equals(key.consumerArn()))) {
                fail(KinesisErrors.resourceNotFound("Consumer " + key.consumerArn() + " not found."));
                return;
            }
            ShardLog.Page page = log.read(stream, current.shardId(), fromCounter, notBeforeMillis, MAX_RECORDS,
                    MAX_BYTES);
            fromCounter = page.nextCounter();
            boolean atEnd = !current.open() && page.caughtUp();
            if (page.records().isEmpty() && !atEnd) {
                if (page.caughtUp()) {
                    return;
                }
                continue;
            }
            emit(page.records(), page.caughtUp(), atEnd ? stream : null);
            if (atEnd) {
                complete();
                return;
            }
        }
    }

    /** An event with {@code records}; {@code endedIn} is the stream when the shard has been read to its end. */
    private void emit(List<StoredRecord> records, boolean caughtUp, KinesisStream endedIn) {
        List<RecordShape> shapes = records.stream().map(RecordService::shape).toList();
        long behind = caughtUp || records.isEmpty() ? 0
                : Math.max(0, System.currentTimeMillis() - records.getLast().arrivalMillis());
        String continuation = endedIn != null ? null : SequenceNumbers.of(shard.index(), Math.max(fromCounter - 1, 0));
        emitter.emit(new SubscribeToShardEvent(shapes, continuation, behind,
                endedIn == null ? null : RecordService.children(endedIn, endedIn.shard(shard.shardId()))));
        scheduleHeartbeat();
    }

    /** Nothing was sent for five seconds: an event without records says where the subscription stands. */
    private void scheduleHeartbeat() {
        if (heartbeat >= 0) {
            context.owner().cancelTimer(heartbeat);
        }
        heartbeat = context.owner().setTimer(HEARTBEAT_MILLIS, id -> {
            heartbeat = -1;
            if (ended || emitter == null) {
                return;
            }
            if (emitter.requested() > 0) {
                emit(List.of(), true, null);
            } else {
                scheduleHeartbeat();
            }
        });
    }

    private void complete() {
        if (!ended && emitter != null) {
            emitter.complete();
        }
        end();
    }

    private void fail(KinesisException error) {
        if (!ended && emitter != null) {
            emitter.fail(error);
        }
        end();
    }

    /** Lets go of everything: timers, the stream's notifications, its place as the consumer's subscription. */
    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        if (heartbeat >= 0) {
            context.owner().cancelTimer(heartbeat);
        }
        if (lifetime >= 0) {
            context.owner().cancelTimer(lifetime);
        }
        if (stopListening != null) {
            stopListening.run();
        }
        released.run();
    }
}
