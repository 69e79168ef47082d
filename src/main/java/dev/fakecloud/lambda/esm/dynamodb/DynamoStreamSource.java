package dev.fakecloud.lambda.esm.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.dynamodb.streams.ChangeRecord;
import dev.fakecloud.dynamodb.streams.StreamDef;
import dev.fakecloud.dynamodb.streams.StreamRecords;
import dev.fakecloud.dynamodb.streams.StreamService;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.esm.stream.StreamSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * DynamoDB Streams as a source of stream event source mappings, and its records exactly as Lambda hands them to
 * functions: {@code eventID}, {@code eventName} INSERT/MODIFY/REMOVE, {@code eventVersion 1.1},
 * {@code eventSource aws:dynamodb}, {@code awsRegion}, {@code dynamodb} (creation time in epoch seconds, keys,
 * images per view type, sequence number, size, view type), {@code eventSourceARN}, and {@code userIdentity} for
 * deletions by time to live. A stream has one shard, closed when the table stops streaming.
 */
@ApplicationScoped
public class DynamoStreamSource implements StreamSource<ChangeRecord> {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final StreamService streams;

    public DynamoStreamSource(StreamService streams) {
        this.streams = streams;
    }

    @Override
    public SourceType type() {
        return SourceType.DYNAMODB_STREAMS;
    }

    @Override
    public boolean exists(String streamArn) {
        return streams.exists(streamArn);
    }

    @Override
    public List<StreamShard> shards(String streamArn) {
        if (!streams.exists(streamArn)) {
            return List.of();
        }
        StreamDef s = streams.stream(streamArn);
        return List.of(new StreamShard(s.shardId(), null, null, !s.enabled()));
    }

    @Override
    public String latestSequenceNumber(String streamArn, String shardId) {
        ChangeRecord newest = streams.exists(streamArn) ? streams.newest(streamArn) : null;
        return newest == null ? null : newest.sequenceNumber();
    }

    @Override
    public ShardRead<ChangeRecord> read(String streamArn, String shardId, String afterSequenceNumber,
            Instant notBefore, int max) {
        if (!streams.exists(streamArn)) {
            return new ShardRead<>(List.of(), true);
        }
        StreamDef s = streams.stream(streamArn);
        long after = afterSequenceNumber == null ? streams.trimHorizon(s) : Long.parseLong(afterSequenceNumber);
        List<StreamRecord<ChangeRecord>> out = new ArrayList<>();
        long last = after;
        while (out.size() < max) {
            List<ChangeRecord> page = streams.read(streamArn, last, Math.max(1, max - out.size()));
            if (page.isEmpty()) {
                break;
            }
            for (ChangeRecord c : page) {
                last = c.sequence();
                if (notBefore == null || !Instant.ofEpochMilli(c.createdMillis()).isBefore(notBefore)) {
                    out.add(new StreamRecord<>(c.sequenceNumber(), Instant.ofEpochMilli(c.createdMillis()),
                            (int) c.sizeBytes(), c));
                }
            }
        }
        boolean end = !s.enabled() && streams.read(streamArn, last, 1).isEmpty();
        return new ShardRead<>(out, end);
    }

    @Override
    public Subscription subscribe(String streamArn, Runnable changed) {
        if (!streams.exists(streamArn)) {
            return null;
        }
        AutoCloseable handle = streams.onChange(streamArn, changed);
        return () -> {
            try {
                handle.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Override
    public ObjectNode eventRecord(StreamRecord<ChangeRecord> record, RecordContext context) {
        return JSON.valueToTree(StreamRecords.toWire(record.value(), context.streamArn(), true));
    }

    /** Filters see the event record as the function does ({@code dynamodb.NewImage.status.S} and so on). */
    @Override
    public ObjectNode filterTarget(StreamRecord<ChangeRecord> record, ObjectNode eventRecord) {
        return eventRecord;
    }

    /** The item's key (partition and sort key), the same text for every change of the item. */
    @Override
    public String partitionKey(StreamRecord<ChangeRecord> record) {
        return new TreeMap<>(record.value().keys()).toString();
    }

    @Override
    public String batchInfoMember() {
        return "DDBStreamBatchInfo";
    }
}
