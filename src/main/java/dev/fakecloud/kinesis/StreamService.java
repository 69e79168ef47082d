package dev.fakecloud.kinesis;

import dev.fakecloud.core.Validation;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StreamShapes.CreateStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.DeleteStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.DescribeStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.DescribeStreamOutput;
import dev.fakecloud.kinesis.model.StreamShapes.DescribeStreamSummaryOutput;
import dev.fakecloud.kinesis.model.StreamShapes.ListStreamsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ListStreamsOutput;
import dev.fakecloud.kinesis.model.StreamShapes.RetentionInput;
import dev.fakecloud.kinesis.model.StreamShapes.StreamModeDetails;
import dev.fakecloud.kinesis.model.StreamShapes.StreamRef;
import dev.fakecloud.kinesis.model.StreamShapes.StreamSummary;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateStreamModeInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The life of streams: create (provisioned with its shard count, or on demand with four shards), describe, list,
 * delete, retention period and capacity mode. Streams are ACTIVE as soon as they are created.
 */
@ApplicationScoped
public class StreamService {

    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    static final int ON_DEMAND_SHARDS = 4;
    static final int DEFAULT_RETENTION_HOURS = 24;
    static final int MAX_RETENTION_HOURS = 8760;
    static final int DEFAULT_MAX_RECORD_KIB = 1024;
    static final int SHARD_LIMIT = 500;

    private final StreamStore store;

    public StreamService(StreamStore store) {
        this.store = store;
    }

    Object create(KinesisCall call, CreateStreamInput in) {
        Validation.start().required(in.streamName(), "streamName").length(in.streamName(), "streamName", 1, 128)
                .pattern(in.streamName(), "streamName", NAME).min(in.shardCount(), "shardCount", 1)
                .range(in.maxRecordSizeInKiB(), "maxRecordSizeInKiB", 1024, 10240)
                .min(in.warmThroughputMiBps(), "warmThroughputMiBps", 0).throwIfInvalid();
        String mode = in.streamModeDetails() == null || in.streamModeDetails().streamMode() == null
                ? (in.shardCount() == null ? KinesisStream.ON_DEMAND : KinesisStream.PROVISIONED)
                : in.streamModeDetails().streamMode();
        if (!mode.equals(KinesisStream.PROVISIONED) && !mode.equals(KinesisStream.ON_DEMAND)) {
            throw KinesisErrors.validation("1 validation error detected: Value '" + mode + "' at "
                    + "'streamModeDetails.streamMode' failed to satisfy constraint: Member must satisfy enum value set:"
                    + " [PROVISIONED, ON_DEMAND]");
        }
        if (mode.equals(KinesisStream.PROVISIONED) && in.shardCount() == null) {
            throw KinesisErrors.invalidArgument("ShardCount is required for PROVISIONED streams.");
        }
        int shards = mode.equals(KinesisStream.ON_DEMAND) ? ON_DEMAND_SHARDS : in.shardCount();
        int open = store.inRegion(call.accountId(), call.region()).stream().mapToInt(s -> s.openShards().size()).sum();
        if (open + shards > SHARD_LIMIT) {
            throw KinesisErrors.limitExceeded("This request would exceed the shard limit for the account "
                    + call.accountId() + " in " + call.region() + ". Current shard count for the account: " + open
                    + ". Limit: " + SHARD_LIMIT + ". Number of additional shards that would have resulted from this"
                    + " request: " + shards + ". Refer to the AWS Service Limits page "
                    + "(https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and"
                    + " how to request higher limits.");
        }
        Tags.check(in.tags());
        long now = System.currentTimeMillis();
        String arn = StreamArns.stream(call.region(), call.accountId(), in.streamName());
        KinesisStream.Builder b = new KinesisStream.Builder();
        b.arn = arn;
        b.name = in.streamName();
        b.accountId = call.accountId();
        b.region = call.region();
        b.streamId = streamId();
        b.status = KinesisStream.ACTIVE;
        b.mode = mode;
        b.retentionHours = DEFAULT_RETENTION_HOURS;
        b.createdMillis = now;
        b.encryptionType = "NONE";
        b.maxRecordSizeKiB = in.maxRecordSizeInKiB() == null ? DEFAULT_MAX_RECORD_KIB : in.maxRecordSizeInKiB();
        b.warmThroughputMiBps = in.warmThroughputMiBps();
        if (in.tags() != null) {
            b.tags.putAll(in.tags());
        }
        long floor = store.counterFloor();
        List<BigInteger[]> ranges = HashKeys.split(BigInteger.ZERO, HashKeys.MAX, shards);
        for (int i = 0; i < shards; i++) {
            b.shards.add(new Shard(Shard.id(i), i, null, null, ranges.get(i)[0].toString(),
                    ranges.get(i)[1].toString(), SequenceNumbers.of(i, floor), null, now, null));
        }
        b.nextShardIndex = shards;
        if (store.putIfAbsent(b.build()) != null) {
            throw KinesisErrors.streamExists(in.streamName(), call.accountId());
        }
        return null;
    }

    private static String streamId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 24; i++) {
            id.append(i == 20 ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    DescribeStreamOutput describe(KinesisCall call, DescribeStreamInput in) {
        Validation.start().range(in.limit(), "limit", 1, 10000).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        int limit = in.limit() == null ? 100 : in.limit();
        List<Shard> after = new ArrayList<>();
        boolean started = in.exclusiveStartShardId() == null;
        for (Shard s : stream.shards()) {
            if (started) {
                after.add(s);
            } else if (s.shardId().compareTo(in.exclusiveStartShardId()) > 0) {
                after.add(s);
            }
        }
        boolean more = after.size() > limit;
        return new DescribeStreamOutput(StreamViews.description(stream, more ? after.subList(0, limit) : after,
                more));
    }

    DescribeStreamSummaryOutput summary(KinesisCall call, StreamRef in) {
        return new DescribeStreamSummaryOutput(StreamViews.summary(StreamArns.require(store, call, in)));
    }

    ListStreamsOutput list(KinesisCall call, ListStreamsInput in) {
        Validation.start().range(in.limit(), "limit", 1, 10000).throwIfInvalid();
        int limit = in.limit() == null ? 100 : Math.min(in.limit(), 10000);
        String after = in.exclusiveStartStreamName();
        if (in.nextToken() != null) {
            if (after != null) {
                throw KinesisErrors.invalidArgument(
                        "NextToken and ExclusiveStartStreamName cannot be provided together.");
            }
            after = token(in.nextToken());
        }
        List<KinesisStream> streams = new ArrayList<>();
        for (KinesisStream s : store.inRegion(call.accountId(), call.region())) {
            if (after == null || s.name().compareTo(after) > 0) {
                streams.add(s);
            }
        }
        boolean more = streams.size() > limit;
        List<KinesisStream> page = more ? streams.subList(0, limit) : streams;
        String next = more ? Base64.getEncoder().encodeToString(
                page.get(page.size() - 1).name().getBytes(StandardCharsets.UTF_8)) : null;
        return new ListStreamsOutput(page.stream().map(KinesisStream::name).toList(), more, next,
                page.stream().map(s -> new StreamSummary(s.name(), s.arn(), s.status(),
                        new StreamModeDetails(s.mode()), Instant.ofEpochMilli(s.createdMillis()))).toList());
    }

    private static String token(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw KinesisErrors.invalidArgument("Invalid NextToken.");
        }
    }

    Object delete(KinesisCall call, DeleteStreamInput in) {
        KinesisStream stream = StreamArns.require(store, call, in);
        if (!stream.consumers().isEmpty() && !Boolean.TRUE.equals(in.enforceConsumerDeletion())) {
            throw KinesisErrors.resourceInUse("Stream " + stream.name() + " under account " + stream.accountId()
                    + " has registered consumers. Use EnforceConsumerDeletion to delete the stream with its consumers.");
        }
        store.remove(stream.arn());
        return null;
    }

    Object increaseRetention(KinesisCall call, RetentionInput in) {
        return retention(call, in, true);
    }

    Object decreaseRetention(KinesisCall call, RetentionInput in) {
        return retention(call, in, false);
    }

    private Object retention(KinesisCall call, RetentionInput in, boolean increase) {
        Validation.start().required(in.retentionPeriodHours(), "retentionPeriodHours").throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        int hours = in.retentionPeriodHours();
        if (hours < DEFAULT_RETENTION_HOURS) {
            throw KinesisErrors.invalidArgument("Minimum allowed retention period is " + DEFAULT_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too short.");
        }
        if (hours > MAX_RETENTION_HOURS) {
            throw KinesisErrors.invalidArgument("Maximum allowed retention period is " + MAX_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too long.");
        }
        if (increase && hours < stream.retentionHours()) {
            throw KinesisErrors.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream.name() + " can not be shorter than existing retention period (" + stream.retentionHours()
                    + " hours). Use DecreaseRetentionPeriod API.");
        }
        if (!increase && hours > stream.retentionHours()) {
            throw KinesisErrors.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream.name() + " can not be longer than existing retention period (" + stream.retentionHours()
                    + " hours). Use IncreaseRetentionPeriod API.");
        }
        store.update(stream.arn(), s -> s.with(b -> {
            b.retentionHours = hours;
            return b;
        }));
        return null;
    }

    Object updateMode(KinesisCall call, UpdateStreamModeInput in) {
        Validation.start().required(in.streamARN(), "streamARN").required(in.streamModeDetails(), "streamModeDetails")
                .throwIfInvalid();
        String mode = in.streamModeDetails().streamMode();
        if (!KinesisStream.PROVISIONED.equals(mode) && !KinesisStream.ON_DEMAND.equals(mode)) {
            throw KinesisErrors.validation("1 validation error detected: Value '" + mode + "' at "
                    + "'streamModeDetails.streamMode' failed to satisfy constraint: Member must satisfy enum value set:"
                    + " [PROVISIONED, ON_DEMAND]");
        }
        KinesisStream stream = StreamArns.require(store, call, in);
        if (mode.equals(stream.mode())) {
            throw KinesisErrors.invalidArgument("Requested stream mode " + mode.toLowerCase(Locale.ROOT)
                    .replace('_', '-') + " is the same as the current stream mode for stream " + stream.name() + ".");
        }
        store.update(stream.arn(), s -> s.with(b -> {
            b.mode = mode;
            if (in.warmThroughputMiBps() != null) {
                b.warmThroughputMiBps = in.warmThroughputMiBps();
            }
            return b;
        }));
        return null;
    }
}
