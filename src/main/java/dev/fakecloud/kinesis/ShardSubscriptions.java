package dev.fakecloud.kinesis;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.kinesis.model.Shard;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live SubscribeToShard subscriptions, at most one per consumer and shard as AWS allows: subscribing again
 * within five seconds of the last successful call is refused with {@code ResourceInUseException}; later, the new
 * subscription takes over and the old one fails with it.
 */
@ApplicationScoped
public class ShardSubscriptions {

    static final long TAKEOVER_AFTER_MILLIS = 5_000;

    private final Map<Key, ShardSubscription> live = new ConcurrentHashMap<>();
    private final StreamStore store;
    private final ShardLog log;
    private final Vertx vertx;
    private final long lifetimeMillis;

    public ShardSubscriptions(StreamStore store, ShardLog log, Vertx vertx, FakecloudConfig config) {
        this.store = store;
        this.log = log;
        this.vertx = vertx;
        this.lifetimeMillis = config.kinesis().subscriptionLifetime().toMillis();
    }

    /** Which subscription: a consumer (of the stream it belongs to) and a shard. */
    record Key(String streamArn, String consumerArn, String shardId) {
    }

    /** Subscribes, unless another subscription of the consumer to the shard began less than five seconds ago. */
    ShardSubscription open(Key key, Shard shard, ShardPositions.Position start) {
        ShardSubscription[] replaced = new ShardSubscription[1];
        ShardSubscription opened = live.compute(key, (k, existing) -> {
            if (existing != null
                    && System.currentTimeMillis() - existing.startedMillis() < TAKEOVER_AFTER_MILLIS) {
                throw KinesisErrors.resourceInUse("Another active subscription exists for this consumer: "
                        + k.consumerArn());
            }
            replaced[0] = existing;
            return create(k, shard, start);
        });
        if (replaced[0] != null) {
            replaced[0].takenOver();
        }
        return opened;
    }

    private ShardSubscription create(Key key, Shard shard, ShardPositions.Position start) {
        ShardSubscription[] self = new ShardSubscription[1];
        self[0] = new ShardSubscription(key, shard, start, store, log,
                ((VertxInternal) vertx).createEventLoopContext(), lifetimeMillis, () -> live.remove(key, self[0]));
        return self[0];
    }
}
