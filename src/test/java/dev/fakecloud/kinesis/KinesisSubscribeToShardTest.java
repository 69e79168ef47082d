package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEventStream;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

/**
 * Enhanced fan-out through the AWS SDK for Java v2 as the KCL 2.x uses it: a {@code KinesisAsyncClient} on the
 * Netty client over HTTP/2 (cleartext), speaking CBOR, subscribing consumers to shards and reading the event stream.
 * Subscriptions last ten seconds in tests.
 */
@QuarkusTest
class KinesisSubscribeToShardTest {

    static final String SHARD = "shardId-000000000000";
    static final Duration WAIT = Duration.ofSeconds(15);

    final KinesisClient kinesis = Clients.kinesis();
    final KinesisAsyncClient async = Clients.kinesisAsync();
    final List<Subscribed> opened = new CopyOnWriteArrayList<>();

    @AfterEach
    void cancelSubscriptions() {
        opened.forEach(Subscribed::cancel);
        async.close();
    }

    /** One subscription as the client sees it: the events so far and how the stream ended. */
    static final class Subscribed {
        final List<SubscribeToShardEvent> events = new CopyOnWriteArrayList<>();
        volatile Subscription subscription;
        /** The server answered (the initial response): the subscription stands. */
        volatile boolean live;
        CompletableFuture<Void> done;

        List<Record> records() {
            return events.stream().flatMap(e -> e.records().stream()).toList();
        }

        List<String> data() {
            return records().stream().map(r -> r.data().asUtf8String()).toList();
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }

        /** The failure the stream ended with (unwrapped), or null while it runs or when it ended normally. */
        Throwable failure() {
            if (!done.isCompletedExceptionally()) {
                return null;
            }
            try {
                done.join();
                return null;
            } catch (CompletionException e) {
                return e.getCause();
            }
        }
    }

    Subscribed subscribe(String consumerArn, String shardId, StartingPosition position) {
        Subscribed s = new Subscribed();
        SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                .onResponse(response -> s.live = true)
                .onEventStream(publisher -> publisher.subscribe(new Subscriber<SubscribeToShardEventStream>() {
                    @Override
                    public void onSubscribe(Subscription subscription) {
                        s.subscription = subscription;
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(SubscribeToShardEventStream event) {
                        if (event instanceof SubscribeToShardEvent e) {
                            s.events.add(e);
                        }
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }))
                .build();
        s.done = async.subscribeToShard(b -> b.consumerARN(consumerArn).shardId(shardId).startingPosition(position),
                handler);
        opened.add(s);
        return s;
    }

    static StartingPosition at(ShardIteratorType type) {
        return StartingPosition.builder().type(type).build();
    }

    static StartingPosition at(ShardIteratorType type, String sequenceNumber) {
        return StartingPosition.builder().type(type).sequenceNumber(sequenceNumber).build();
    }

    String stream() {
        String name = "efo-" + UUID.randomUUID().toString().substring(0, 8);
        kinesis.createStream(b -> b.streamName(name).shardCount(1));
        return kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary().streamARN();
    }

    String consumer(String streamArn) {
        String name = "app-" + UUID.randomUUID().toString().substring(0, 8);
        return async.registerStreamConsumer(b -> b.streamARN(streamArn).consumerName(name)).join().consumer()
                .consumerARN();
    }

    String put(String streamArn, String data) {
        return kinesis.putRecord(b -> b.streamARN(streamArn).partitionKey("pk-" + data)
                .data(SdkBytes.fromString(data, StandardCharsets.UTF_8))).sequenceNumber();
    }

    @Test
    void recordsPutBeforeAndAfterSubscribingArriveInOrderFromTrimHorizon() {
        String stream = stream();
        String consumer = consumer(stream);
        Instant before = Instant.now().minusSeconds(1);
        List<String> sequences = new CopyOnWriteArrayList<>();
        sequences.add(put(stream, "a"));
        sequences.add(put(stream, "b"));

        Subscribed s = subscribe(consumer, SHARD, at(ShardIteratorType.TRIM_HORIZON));
        Polling.until("the records put before subscribing", WAIT, () -> s.records().size() == 2);
        sequences.add(put(stream, "c"));
        sequences.add(put(stream, "d"));
        Polling.until("the records put after subscribing", WAIT, () -> s.records().size() == 4);

        assertThat(s.data()).containsExactly("a", "b", "c", "d");
        List<Record> records = s.records();
        assertThat(records).extracting(Record::sequenceNumber).containsExactlyElementsOf(sequences);
        assertThat(records).extracting(Record::partitionKey).containsExactly("pk-a", "pk-b", "pk-c", "pk-d");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.approximateArrivalTimestamp()).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(r.encryptionType()).isNull();
        });
        List<SubscribeToShardEvent> withRecords = s.events.stream().filter(e -> !e.records().isEmpty()).toList();
        assertThat(withRecords).allSatisfy(e -> {
            assertThat(e.continuationSequenceNumber()).isEqualTo(e.records().getLast().sequenceNumber());
            assertThat(e.millisBehindLatest()).isZero();
            assertThat(e.childShards()).isEmpty();
        });
        assertThat(withRecords.getLast().continuationSequenceNumber()).isEqualTo(sequences.getLast());
        assertThat(s.done).isNotDone();
    }

    @Test
    void latestDeliversOnlyRecordsPutAfterSubscribing() {
        String stream = stream();
        String consumer = consumer(stream);
        String old = put(stream, "old");

        Subscribed s = subscribe(consumer, SHARD, at(ShardIteratorType.LATEST));
        Polling.until("the subscription to stand", WAIT, () -> s.live);
        put(stream, "new");
        Polling.until("the new record", WAIT, () -> s.records().size() == 1);
        assertThat(s.data()).containsExactly("new");
        assertThat(new BigInteger(s.events.getLast().continuationSequenceNumber())).isGreaterThan(new BigInteger(old));
    }

    @Test
    void atAndAfterSequenceNumberStartAtOrPastThatRecordForEachConsumer() {
        String stream = stream();
        List<String> sequences = List.of(put(stream, "r0"), put(stream, "r1"), put(stream, "r2"));

        Subscribed at = subscribe(consumer(stream), SHARD, at(ShardIteratorType.AT_SEQUENCE_NUMBER,
                sequences.get(1)));
        Subscribed after = subscribe(consumer(stream), SHARD, at(ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                sequences.get(1)));
        Polling.until("both subscriptions' records", WAIT,
                () -> at.records().size() == 2 && after.records().size() == 1);
        assertThat(at.data()).containsExactly("r1", "r2");
        assertThat(after.data()).containsExactly("r2");

        // resuming after the continuation sequence number picks up exactly where the stream left off
        String continuation = after.events.getLast().continuationSequenceNumber();
        put(stream, "r3");
        Subscribed resumed = subscribe(consumer(stream), SHARD, at(ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                continuation));
        Polling.until("the record after the continuation", WAIT, () -> resumed.records().size() == 1);
        assertThat(resumed.data()).containsExactly("r3");
    }

    @Test
    void anIdleShardGetsEmptyEventsUntilTheSubscriptionEnds() {
        String stream = stream();
        String consumer = consumer(stream);
        String last = put(stream, "only");
        Subscribed s = subscribe(consumer, SHARD, at(ShardIteratorType.LATEST));

        SubscribeToShardEvent heartbeat = Polling.until(WAIT, () -> s.events.isEmpty() ? null : s.events.getFirst(),
                e -> e != null);
        assertThat(heartbeat.records()).isEmpty();
        assertThat(heartbeat.continuationSequenceNumber()).isEqualTo(last);
        assertThat(heartbeat.millisBehindLatest()).isZero();

        Polling.until("the end of the subscription's lifetime", Duration.ofSeconds(20), s.done::isDone);
        assertThat(s.failure()).isNull();
        // the consumer subscribes again at once, from where it stood
        put(stream, "next");
        Subscribed again = subscribe(consumer, SHARD, at(ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                s.events.getLast().continuationSequenceNumber()));
        Polling.until("the record after the renewal", WAIT, () -> again.records().size() == 1);
        assertThat(again.data()).containsExactly("next");
    }

    @Test
    void unknownConsumersAndShardsAreNotFound() {
        String stream = stream();
        Subscribed noConsumer = subscribe(stream + "/consumer/ghost:1700000000", SHARD,
                at(ShardIteratorType.LATEST));
        Polling.until("the refusal", WAIT, noConsumer.done::isDone);
        assertThat(noConsumer.failure()).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Consumer");

        Subscribed noShard = subscribe(consumer(stream), "shardId-000000000007", at(ShardIteratorType.LATEST));
        Polling.until("the refusal", WAIT, noShard.done::isDone);
        assertThat(noShard.failure()).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("shardId-000000000007");
    }

    @Test
    void aSecondSubscriptionIsRefusedForFiveSecondsThenTakesOver() {
        String stream = stream();
        String consumer = consumer(stream);
        Subscribed first = subscribe(consumer, SHARD, at(ShardIteratorType.TRIM_HORIZON));
        put(stream, "x");
        Polling.until("the first subscription's record", WAIT, () -> first.records().size() == 1);

        Subscribed refused = subscribe(consumer, SHARD, at(ShardIteratorType.TRIM_HORIZON));
        Polling.until("the refusal", WAIT, refused.done::isDone);
        assertThat(refused.failure()).isInstanceOf(ResourceInUseException.class)
                .hasMessageContaining("Another active subscription exists for this consumer");

        Subscribed takeover = Polling.until(WAIT, () -> {
            Subscribed attempt = subscribe(consumer, SHARD, at(ShardIteratorType.TRIM_HORIZON));
            Polling.until("an answer", WAIT, () -> attempt.done.isDone() || !attempt.records().isEmpty());
            return attempt;
        }, attempt -> attempt.failure() == null);
        assertThat(takeover.data()).containsExactly("x");
        Polling.until("the first subscription to end", WAIT, first.done::isDone);
        assertThat(first.failure()).isInstanceOf(ResourceInUseException.class);
    }

    @Test
    void cancellingTheEventStreamLetsGoOfTheSubscription() {
        String stream = stream();
        String consumer = consumer(stream);
        long started = System.nanoTime();
        Subscribed first = subscribe(consumer, SHARD, at(ShardIteratorType.LATEST));
        Polling.until("the subscription to stand", WAIT, () -> first.live);
        first.cancel();
        // were the subscription still held, another would be refused for five seconds from the first
        Duration beforeTakeover = Duration.ofMillis(4_500).minusNanos(System.nanoTime() - started);
        Subscribed again = Polling.until(beforeTakeover, () -> {
            Subscribed attempt = subscribe(consumer, SHARD, at(ShardIteratorType.LATEST));
            Polling.until("an answer", WAIT, () -> attempt.live || attempt.done.isDone());
            return attempt;
        }, attempt -> attempt.live && attempt.failure() == null);
        put(stream, "after");
        Polling.until("the record", WAIT, () -> again.records().size() == 1);
    }

    @Test
    void aSplitShardEndsItsStreamNamingTheChildShards() {
        String stream = stream();
        String consumer = consumer(stream);
        put(stream, "before-split");
        Subscribed s = subscribe(consumer, SHARD, at(ShardIteratorType.TRIM_HORIZON));
        Polling.until("the record", WAIT, () -> s.records().size() == 1);

        String middle = BigInteger.ONE.shiftLeft(127).toString();
        kinesis.splitShard(b -> b.streamARN(stream).shardToSplit(SHARD).newStartingHashKey(middle));
        Polling.until("the end of the parent shard", WAIT, s.done::isDone);
        assertThat(s.failure()).isNull();
        SubscribeToShardEvent last = s.events.getLast();
        assertThat(last.continuationSequenceNumber()).isNull();
        assertThat(last.childShards()).extracting(ChildShard::shardId)
                .containsExactlyInAnyOrder("shardId-000000000001", "shardId-000000000002");
        assertThat(last.childShards()).allSatisfy(c -> assertThat(c.parentShards()).containsExactly(SHARD));
        assertThat(s.data()).containsExactly("before-split");
    }
}
