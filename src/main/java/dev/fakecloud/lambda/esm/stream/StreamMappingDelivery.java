package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.esm.stream.StreamCheckpoints.Checkpoint;
import dev.fakecloud.lambda.esm.stream.StreamFailureRecord.Condition;
import dev.fakecloud.lambda.esm.stream.StreamSource.RecordContext;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamShard;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.invoke.InvocationType;
import dev.fakecloud.lambda.invoke.Invoker;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers one stream event source mapping: one {@link ShardConsumer} per shard whose parents are done, all confined
 * to the mapping's own event-loop context. The stream tells it when records arrive or shards change (never a poll);
 * a settings change applies to the next batch without losing a shard's place.
 */
final class StreamMappingDelivery<R> {

    private static final Logger LOG = Logger.getLogger(StreamMappingDelivery.class);

    /** What the delivery needs from the rest of fakecloud. */
    record Services(Vertx vertx, Invoker invoker, Targets targets, StreamCheckpoints checkpoints, Recorder recorder) {
    }

    /** Where processing results go (the mapping's LastProcessingResult). */
    interface Recorder {
        void result(EventSourceMapping mapping, String result);
    }

    private final StreamSource<R> source;
    private final Services services;
    private final Context context;
    private final Map<String, ShardConsumer<R>> consumers = new LinkedHashMap<>();
    private volatile EventSourceMapping mapping;
    private BatchSettings settings;
    private String functionRole;
    private StreamSource.Subscription subscription;
    private boolean closed;

    StreamMappingDelivery(StreamSource<R> source, EventSourceMapping mapping, String functionRole, Context context,
            Services services) {
        this.source = source;
        this.services = services;
        this.context = context;
        this.mapping = mapping;
        this.settings = BatchSettings.of(mapping.configuration());
        this.functionRole = functionRole;
    }

    void start() {
        onContext(() -> {
            subscription = source.subscribe(streamArn(), () -> onContext(this::refresh));
            refresh();
        });
    }

    /** A new revision of the mapping (settings, function): applies from the next batch on. */
    void update(EventSourceMapping next, String role) {
        onContext(() -> {
            mapping = next;
            settings = BatchSettings.of(next.configuration());
            functionRole = role;
            refresh();
        });
    }

    long revision() {
        return mapping.revision();
    }

    void close() {
        onContext(() -> {
            closed = true;
            if (subscription != null) {
                subscription.close();
            }
            consumers.values().forEach(ShardConsumer::close);
        });
    }

    /** Starts consumers for shards whose parents are done, and tells every consumer to look for records. */
    private void refresh() {
        if (closed) {
            return;
        }
        List<StreamShard> shards = source.shards(streamArn());
        Map<String, StreamShard> byId = new HashMap<>();
        shards.forEach(s -> byId.put(s.shardId(), s));
        boolean started = false;
        for (StreamShard shard : shards) {
            if (!consumers.containsKey(shard.shardId()) && parentsDone(shard, byId)) {
                consumers.put(shard.shardId(), newConsumer(shard, byId));
                started = true;
            }
        }
        consumers.keySet().removeIf(id -> !byId.containsKey(id) && consumers.get(id).finished());
        for (ShardConsumer<R> consumer : List.copyOf(consumers.values())) {
            consumer.signal();
        }
        if (started) {
            onContext(this::refresh);
        }
    }

    private boolean parentsDone(StreamShard shard, Map<String, StreamShard> byId) {
        return done(shard.parentShardId(), byId) && done(shard.adjacentParentShardId(), byId);
    }

    private boolean done(String parentId, Map<String, StreamShard> byId) {
        if (parentId == null || !byId.containsKey(parentId)) {
            return true;
        }
        ShardConsumer<R> parent = consumers.get(parentId);
        if (parent != null) {
            return parent.finished();
        }
        Checkpoint saved = services.checkpoints().get(uuid(), parentId);
        return saved != null && saved.finished();
    }

    /**
     * A consumer starting where the mapping stands in the shard: its checkpoint; else, for a child of a shard the
     * mapping read, the child's start; else the mapping's starting position (LATEST: after the newest record of an
     * open shard, nothing of a closed one).
     */
    private ShardConsumer<R> newConsumer(StreamShard shard, Map<String, StreamShard> byId) {
        Checkpoint saved = services.checkpoints().get(uuid(), shard.shardId());
        Instant notBefore = "AT_TIMESTAMP".equals(settings.startingPosition()) ? settings.startingTimestamp() : null;
        if (saved != null) {
            return new ShardConsumer<>(this, shard.shardId(), saved, saved.sequenceNumber() == null ? notBefore : null);
        }
        boolean child = shard.parentShardId() != null && byId.containsKey(shard.parentShardId())
                || shard.adjacentParentShardId() != null && byId.containsKey(shard.adjacentParentShardId());
        Checkpoint start = new Checkpoint(null, false);
        if (!child && "LATEST".equals(settings.startingPosition())) {
            start = shard.closed() ? new Checkpoint(null, true)
                    : new Checkpoint(source.latestSequenceNumber(streamArn(), shard.shardId()), false);
        }
        services.checkpoints().put(uuid(), shard.shardId(), start);
        return new ShardConsumer<>(this, shard.shardId(), start, notBefore);
    }

    void shardFinished(String shardId) {
        onContext(this::refresh);
    }

    Uni<InvocationResult> invoke(byte[] payload) {
        FunctionRef function = FunctionRef.parse(mapping.functionArn(), null, mapping.scope());
        return services.invoker().invoke(new Invocation(UUID.randomUUID().toString(), mapping.scope(), function,
                InvocationType.REQUEST_RESPONSE, false, null, payload, eventSource()), "Invoke");
    }

    void sendFailure(String requestId, Condition condition, int invokeCount, InvocationResult last, String shardId,
            List<StreamRecord<R>> batch) {
        String destination = settings.onFailure();
        if (destination == null) {
            return;
        }
        String body = StreamFailureRecord.of(requestId, mapping.functionArn(), condition, invokeCount, last,
                source.batchInfoMember(), shardId, streamArn(), batch);
        services.targets().deliver(destination, Outbound.of(body, "lambda")).subscribe().with(
                ok -> { },
                e -> LOG.warnf("The on-failure destination %s of event source mapping %s did not take a failed batch:"
                        + " %s", destination, uuid(), e.getMessage()));
    }

    void record(String result) {
        services.recorder().result(mapping, result);
    }

    String eventSource() {
        return source.type() == SourceType.DYNAMODB_STREAMS ? "aws:dynamodb" : "aws:kinesis";
    }

    RecordContext context(String shardId) {
        return new RecordContext(shardId, streamArn(), mapping.scope().region(), functionRole);
    }

    void onContext(Runnable action) {
        context.runOnContext(v -> action.run());
    }

    StreamSource<R> source() {
        return source;
    }

    BatchSettings settings() {
        return settings;
    }

    boolean closed() {
        return closed;
    }

    Vertx vertx() {
        return services.vertx();
    }

    StreamCheckpoints checkpoints() {
        return services.checkpoints();
    }

    String uuid() {
        return mapping.uuid();
    }

    String streamArn() {
        return mapping.eventSourceArn();
    }
}
