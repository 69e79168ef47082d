package dev.fakecloud.kinesis;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Makes records really expire: now and then removes the records older than their stream's retention period (reads
 * already skip them), and drops closed shards once their records are all gone, as AWS does. Runs on a worker so
 * that a large expiry never holds an event loop.
 */
@ApplicationScoped
public class RetentionSweeper {

    static final int MAX_PER_SHARD = 10_000;

    private final StreamStore store;
    private final ShardLog log;
    private final Vertx vertx;
    private final long periodMillis;

    public RetentionSweeper(StreamStore store, ShardLog log, Vertx vertx, FakecloudConfig config) {
        this.store = store;
        this.log = log;
        this.vertx = vertx;
        this.periodMillis = Math.max(100, Math.min(60_000, config.kinesis().retentionHour().toMillis() / 10));
    }

    private long timer = -1;

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(periodMillis, id -> vertx.executeBlocking(() -> {
            sweep();
            return null;
        }, false));
    }

    void sweep() {
        for (KinesisStream stream : store.all()) {
            long cutoff = log.cutoff(stream);
            for (Shard shard : stream.shards()) {
                store.expire(stream.arn(), shard.shardId(), cutoff, MAX_PER_SHARD);
            }
            List<String> gone = stream.shards().stream()
                    .filter(s -> !s.open() && s.closedMillis() < cutoff && store.last(stream.arn(), s.shardId()) == null)
                    .map(Shard::shardId).toList();
            if (!gone.isEmpty()) {
                store.update(stream.arn(), s -> s.with(b -> {
                    b.shards.removeIf(x -> gone.contains(x.shardId()));
                    return b;
                }));
            }
        }
    }
}
