package dev.fakecloud.kinesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.Validation;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.RecordShapes.ConsumerDescription;
import dev.fakecloud.kinesis.model.RecordShapes.ConsumerInput;
import dev.fakecloud.kinesis.model.RecordShapes.ConsumerShape;
import dev.fakecloud.kinesis.model.RecordShapes.DescribeStreamConsumerOutput;
import dev.fakecloud.kinesis.model.RecordShapes.ListStreamConsumersInput;
import dev.fakecloud.kinesis.model.RecordShapes.ListStreamConsumersOutput;
import dev.fakecloud.kinesis.model.RecordShapes.RegisterStreamConsumerInput;
import dev.fakecloud.kinesis.model.RecordShapes.RegisterStreamConsumerOutput;
import dev.fakecloud.kinesis.model.RecordShapes.StartingPosition;
import dev.fakecloud.kinesis.model.RecordShapes.SubscribeToShardInput;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StreamConsumer;
import dev.fakecloud.kinesis.model.StreamShapes.GetResourcePolicyOutput;
import dev.fakecloud.kinesis.model.StreamShapes.PutResourcePolicyInput;
import dev.fakecloud.kinesis.model.StreamShapes.ResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.StreamInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Enhanced fan-out consumers (registered, described, listed, deregistered; ACTIVE at once), their subscriptions to
 * shards (SubscribeToShard) and resource policies of streams and consumers.
 */
@ApplicationScoped
public class ConsumerService {

    static final int MAX_CONSUMERS = 20;
    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final StreamStore store;
    private final ShardSubscriptions subscriptions;

    public ConsumerService(StreamStore store, ShardSubscriptions subscriptions) {
        this.store = store;
        this.subscriptions = subscriptions;
    }

    RegisterStreamConsumerOutput register(KinesisCall call, RegisterStreamConsumerInput in) {
        Validation.start().required(in.streamARN(), "streamARN").required(in.consumerName(), "consumerName")
                .length(in.consumerName(), "consumerName", 1, 128)
                .pattern(in.consumerName(), "consumerName", StreamService.NAME).throwIfInvalid();
        Tags.check(in.tags());
        KinesisStream stream = stream(call, in.streamARN());
        long now = System.currentTimeMillis();
        StreamConsumer consumer = new StreamConsumer(in.consumerName(),
                StreamArns.consumer(stream.arn(), in.consumerName(), now), "ACTIVE", now);
        store.update(stream.arn(), s -> {
            if (s.consumers().stream().anyMatch(c -> c.name().equals(in.consumerName()))) {
                throw KinesisErrors.resourceInUse("Consumer " + in.consumerName() + " under stream " + s.name()
                        + " already exists for account " + s.accountId() + ".");
            }
            if (s.consumers().size() >= MAX_CONSUMERS) {
                throw KinesisErrors.limitExceeded("Stream " + s.name() + " under account " + s.accountId()
                        + " has reached the maximum of " + MAX_CONSUMERS + " registered consumers.");
            }
            return s.with(b -> {
                b.consumers.add(consumer);
                return b;
            });
        });
        return new RegisterStreamConsumerOutput(shape(consumer));
    }

    DescribeStreamConsumerOutput describe(KinesisCall call, ConsumerInput in) {
        Found found = find(call, in);
        StreamConsumer c = found.consumer();
        return new DescribeStreamConsumerOutput(new ConsumerDescription(c.name(), c.arn(), c.status(),
                Instant.ofEpochMilli(c.createdMillis()), found.stream().arn()));
    }

    Object deregister(KinesisCall call, ConsumerInput in) {
        Found found = find(call, in);
        store.update(found.stream().arn(), s -> s.with(b -> {
            b.consumers.removeIf(c -> c.arn().equals(found.consumer().arn()));
            return b;
        }));
        store.removePolicy(found.consumer().arn());
        return null;
    }

    ListStreamConsumersOutput list(KinesisCall call, ListStreamConsumersInput in) {
        Validation.start().required(in.streamARN(), "streamARN").range(in.maxResults(), "maxResults", 1, 10000)
                .throwIfInvalid();
        KinesisStream stream = stream(call, in.streamARN());
        int start = 0;
        if (in.nextToken() != null) {
            try {
                start = Integer.parseInt(in.nextToken());
            } catch (NumberFormatException e) {
                throw KinesisErrors.invalidArgument("Invalid NextToken.");
            }
        }
        int limit = in.maxResults() == null ? 100 : in.maxResults();
        List<StreamConsumer> all = stream.consumers();
        List<ConsumerShape> page = new ArrayList<>();
        for (int i = start; i < all.size() && page.size() < limit; i++) {
            page.add(shape(all.get(i)));
        }
        String next = start + page.size() < all.size() ? String.valueOf(start + page.size()) : null;
        return new ListStreamConsumersOutput(page, next);
    }

    /**
     * Subscribes the consumer to the shard from the starting position: the events follow as an event stream (see
     * {@link ShardSubscription}).
     */
    ShardSubscription subscribe(KinesisCall call, SubscribeToShardInput in) {
        Validation v = Validation.start().required(in.consumerARN(), "consumerARN").required(in.shardId(), "shardId")
                .length(in.shardId(), "shardId", 1, 128).required(in.startingPosition(), "startingPosition");
        if (in.startingPosition() != null) {
            v.required(in.startingPosition().type(), "startingPosition.type")
                    .oneOf(in.startingPosition().type(), "startingPosition.type", ShardPositions.TYPES)
                    .pattern(in.startingPosition().sequenceNumber(), "startingPosition.sequenceNumber",
                            RecordService.SEQUENCE);
        }
        v.throwIfInvalid();
        Found found = find(call, new ConsumerInput(null, null, in.consumerARN()));
        KinesisStream stream = found.stream();
        StreamConsumer consumer = found.consumer();
        if (!"ACTIVE".equals(consumer.status())) {
            throw KinesisErrors.resourceInUse("Consumer " + consumer.name() + " with creation timestamp "
                    + consumer.createdMillis() / 1000 + " under stream: " + stream.name() + " , account "
                    + stream.accountId() + " is not in ACTIVE status.");
        }
        Shard shard = RecordService.shard(stream, in.shardId());
        StartingPosition p = in.startingPosition();
        ShardPositions.Position start = ShardPositions.of(store, stream, shard, p.type(), p.sequenceNumber(),
                p.timestamp(), "SubscribeToShard");
        return subscriptions.open(new ShardSubscriptions.Key(stream.arn(), consumer.arn(), shard.shardId()), shard,
                start);
    }

    Object putPolicy(KinesisCall call, PutResourcePolicyInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").required(in.policy(), "policy")
                .throwIfInvalid();
        resource(call, in.resourceARN());
        try {
            JsonNode policy = JSON.readTree(in.policy());
            if (policy == null || !policy.isObject()) {
                throw KinesisErrors.invalidArgument("Policy is not a valid JSON document.");
            }
        } catch (IOException e) {
            throw KinesisErrors.invalidArgument("Policy is not a valid JSON document.");
        }
        store.putPolicy(in.resourceARN(), in.policy());
        return null;
    }

    GetResourcePolicyOutput getPolicy(KinesisCall call, ResourceInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").throwIfInvalid();
        resource(call, in.resourceARN());
        String policy = store.policy(in.resourceARN());
        return new GetResourcePolicyOutput(policy == null ? "{}" : policy);
    }

    Object deletePolicy(KinesisCall call, ResourceInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").throwIfInvalid();
        resource(call, in.resourceARN());
        if (store.policy(in.resourceARN()) == null) {
            throw KinesisErrors.resourceNotFound("No resource policy found for resource ARN " + in.resourceARN() + ".");
        }
        store.removePolicy(in.resourceARN());
        return null;
    }

    /** A stream or a consumer ARN must name an existing resource. */
    private void resource(KinesisCall call, String arn) {
        if (StreamArns.streamOfConsumer(arn) != null) {
            find(call, new ConsumerInput(null, null, arn));
        } else {
            stream(call, arn);
        }
    }

    private record Found(KinesisStream stream, StreamConsumer consumer) {
    }

    private Found find(KinesisCall call, ConsumerInput in) {
        String streamArn = in.consumerARN() != null ? StreamArns.streamOfConsumer(in.consumerARN()) : in.streamARN();
        if (in.consumerARN() != null && streamArn == null) {
            throw KinesisErrors.invalidArgument("ConsumerARN " + in.consumerARN() + " is invalid.");
        }
        if (streamArn == null || in.consumerARN() == null && in.consumerName() == null) {
            throw KinesisErrors.invalidArgument("Either ConsumerARN or both ConsumerName and StreamARN must be "
                    + "provided.");
        }
        KinesisStream stream = stream(call, streamArn);
        for (StreamConsumer c : stream.consumers()) {
            if (in.consumerARN() != null ? c.arn().equals(in.consumerARN()) : c.name().equals(in.consumerName())) {
                return new Found(stream, c);
            }
        }
        String name = in.consumerName() != null ? in.consumerName() : in.consumerARN();
        throw KinesisErrors.resourceNotFound("Consumer " + name + ", account " + stream.accountId()
                + " not found.");
    }

    private KinesisStream stream(KinesisCall call, String streamArn) {
        return StreamArns.require(store, call, new StreamInput(null, streamArn, null));
    }

    private static ConsumerShape shape(StreamConsumer c) {
        return new ConsumerShape(c.name(), c.arn(), c.status(), Instant.ofEpochMilli(c.createdMillis()));
    }
}
