package dev.fakecloud.kinesis;

import dev.fakecloud.core.Validation;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.RecordShapes.ChildShard;
import dev.fakecloud.kinesis.model.RecordShapes.GetRecordsInput;
import dev.fakecloud.kinesis.model.RecordShapes.GetRecordsOutput;
import dev.fakecloud.kinesis.model.RecordShapes.GetShardIteratorInput;
import dev.fakecloud.kinesis.model.RecordShapes.GetShardIteratorOutput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordInput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordOutput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordsInput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordsOutput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordsRequestEntry;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordsResultEntry;
import dev.fakecloud.kinesis.model.RecordShapes.RecordShape;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StoredRecord;
import dev.fakecloud.kinesis.model.StreamShapes.HashKeyRange;
import dev.fakecloud.kinesis.model.StreamShapes.StreamInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The data plane: records in (routed by the MD5 of their partition key or their explicit hash key to the open shard
 * covering it, under AWS's size limits) and out (shard iterators of the five kinds, GetRecords a page at a time).
 */
@ApplicationScoped
public class RecordService {

    static final Pattern SEQUENCE = Pattern.compile("0|([1-9]\\d{0,128})");
    static final int MAX_PUT_RECORDS = 500;
    static final long MAX_PUT_RECORDS_BYTES = 10L * 1024 * 1024;
    static final long MAX_GET_RECORDS_BYTES = 10L * 1024 * 1024;

    private final StreamStore store;
    private final ShardLog log;

    public RecordService(StreamStore store, ShardLog log) {
        this.store = store;
        this.log = log;
    }

    PutRecordOutput put(KinesisCall call, PutRecordInput in) {
        Validation.start().required(in.data(), "data").required(in.partitionKey(), "partitionKey")
                .length(in.partitionKey(), "partitionKey", 1, 256)
                .pattern(in.explicitHashKey(), "explicitHashKey", ShardService.HASH_KEY)
                .pattern(in.sequenceNumberForOrdering(), "sequenceNumberForOrdering", SEQUENCE).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        checkSize(stream, in.data(), in.partitionKey(), "data");
        StoredRecord r = append(stream, routes(stream), in.partitionKey(), in.explicitHashKey(), in.data());
        store.notifyListeners(stream.arn());
        return new PutRecordOutput(shardIdOf(r), r.sequenceNumber(), stream.encryptionType());
    }

    PutRecordsOutput putAll(KinesisCall call, PutRecordsInput in) {
        Validation v = Validation.start().required(in.records(), "records");
        if (in.records() != null) {
            v.minSize(in.records(), "records", 1).maxSize(in.records(), "records", MAX_PUT_RECORDS);
            for (int i = 0; i < in.records().size(); i++) {
                PutRecordsRequestEntry e = in.records().get(i);
                String at = "records." + (i + 1) + ".member.";
                v.required(e.data(), at + "data").required(e.partitionKey(), at + "partitionKey")
                        .length(e.partitionKey(), at + "partitionKey", 1, 256)
                        .pattern(e.explicitHashKey(), at + "explicitHashKey", ShardService.HASH_KEY);
            }
        }
        v.throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        long total = 0;
        for (int i = 0; i < in.records().size(); i++) {
            PutRecordsRequestEntry e = in.records().get(i);
            checkSize(stream, e.data(), e.partitionKey(), "records." + (i + 1) + ".member.data");
            total += e.data().length + e.partitionKey().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > MAX_PUT_RECORDS_BYTES) {
            throw KinesisErrors.invalidArgument("Records size exceeds 10 MB limit");
        }
        List<PutRecordsResultEntry> results = new ArrayList<>(in.records().size());
        List<Route> routes = routes(stream);
        for (PutRecordsRequestEntry e : in.records()) {
            StoredRecord r = append(stream, routes, e.partitionKey(), e.explicitHashKey(), e.data());
            results.add(new PutRecordsResultEntry(r.sequenceNumber(), shardIdOf(r), null, null));
        }
        store.notifyListeners(stream.arn());
        return new PutRecordsOutput(0, results, stream.encryptionType());
    }

    private static void checkSize(KinesisStream stream, byte[] data, String partitionKey, String member) {
        int max = stream.maxRecordSizeKiB() * 1024;
        if (data.length + partitionKey.getBytes(StandardCharsets.UTF_8).length > max) {
            throw KinesisErrors.validation("1 validation error detected: Value at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }

    /** An open shard and its hash key range, parsed once per request. */
    private record Route(Shard shard, BigInteger start, BigInteger end) {
    }

    /** The open shards of the stream as it is now (a reshard may have happened since the stream was read). */
    private List<Route> routes(KinesisStream stream) {
        KinesisStream current = store.get(stream.arn());
        return (current == null ? stream : current).openShards().stream()
                .map(s -> new Route(s, s.start(), s.end())).toList();
    }

    private StoredRecord append(KinesisStream stream, List<Route> routes, String partitionKey, String explicitHashKey,
            byte[] data) {
        BigInteger hash;
        if (explicitHashKey != null) {
            hash = new BigInteger(explicitHashKey);
            if (hash.compareTo(HashKeys.MAX) > 0) {
                throw KinesisErrors.invalidArgument("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                        + "[0, 2^128-1]. Specified value was " + explicitHashKey);
            }
        } else {
            hash = HashKeys.of(partitionKey);
        }
        for (Route route : routes) {
            if (route.start().compareTo(hash) <= 0 && route.end().compareTo(hash) >= 0) {
                Shard s = route.shard();
                return store.append(stream.arn(), s.shardId(), s.index(), partitionKey, data, stream.encryptionType());
            }
        }
        throw KinesisErrors.streamNotFound(stream.name(), stream.accountId());
    }

    private static String shardIdOf(StoredRecord r) {
        return Shard.id((int) SequenceNumbers.parse(r.sequenceNumber())[0]);
    }

    GetShardIteratorOutput iterator(KinesisCall call, GetShardIteratorInput in) {
        Validation.start().required(in.shardId(), "shardId").required(in.shardIteratorType(), "shardIteratorType")
                .oneOf(in.shardIteratorType(), "shardIteratorType", ShardPositions.TYPES)
                .pattern(in.startingSequenceNumber(), "startingSequenceNumber", SEQUENCE).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        Shard shard = shard(stream, in.shardId());
        ShardPositions.Position at = ShardPositions.of(store, stream, shard, in.shardIteratorType(),
                in.startingSequenceNumber(), in.timestamp(), "GetShardIterator");
        return new GetShardIteratorOutput(ShardIterators.encode(stream.arn(), shard.shardId(), at.fromCounter(),
                at.notBeforeMillis()));
    }

    static Shard shard(KinesisStream stream, String shardId) {
        Shard shard = stream.shard(shardId);
        if (shard == null) {
            throw KinesisErrors.shardNotFound(shardId, stream.name(), stream.accountId());
        }
        return shard;
    }

    GetRecordsOutput get(KinesisCall call, GetRecordsInput in) {
        Validation.start().required(in.shardIterator(), "shardIterator")
                .length(in.shardIterator(), "shardIterator", 1, 512).range(in.limit(), "limit", 1, 10000)
                .throwIfInvalid();
        ShardIterators.Position at = ShardIterators.decode(in.shardIterator());
        KinesisStream stream = StreamArns.require(store, call, new StreamInput(null, at.streamArn(), null));
        Shard shard = shard(stream, at.shardId());
        int limit = in.limit() == null ? 10000 : in.limit();
        ShardLog.Page page = log.read(stream, shard.shardId(), at.fromCounter(), at.notBeforeMillis(), limit,
                MAX_GET_RECORDS_BYTES);
        List<RecordShape> records = page.records().stream().map(RecordService::shape).toList();
        boolean ended = !shard.open() && page.caughtUp();
        String next = ended ? null : ShardIterators.encode(stream.arn(), shard.shardId(), page.nextCounter(),
                page.records().isEmpty() ? at.notBeforeMillis() : 0);
        long behind = page.caughtUp() || page.records().isEmpty() ? 0
                : Math.max(0, System.currentTimeMillis() - page.records().getLast().arrivalMillis());
        List<ChildShard> children = ended ? children(stream, shard) : null;
        return new GetRecordsOutput(records, next, behind, children);
    }

    /** A stored record as GetRecords and SubscribeToShard answer it. */
    static RecordShape shape(StoredRecord r) {
        return new RecordShape(r.sequenceNumber(), Instant.ofEpochMilli(r.arrivalMillis()), r.data(),
                r.partitionKey(), "KMS".equals(r.encryptionType()) ? "KMS" : null);
    }

    static List<ChildShard> children(KinesisStream stream, Shard parent) {
        List<ChildShard> children = new ArrayList<>();
        for (Shard s : stream.shards()) {
            if (parent.shardId().equals(s.parentShardId()) || parent.shardId().equals(s.adjacentParentShardId())) {
                List<String> parents = new ArrayList<>();
                parents.add(s.parentShardId());
                if (s.adjacentParentShardId() != null) {
                    parents.add(s.adjacentParentShardId());
                }
                children.add(new ChildShard(s.shardId(), parents,
                        new HashKeyRange(s.startingHashKey(), s.endingHashKey())));
            }
        }
        return children;
    }
}
