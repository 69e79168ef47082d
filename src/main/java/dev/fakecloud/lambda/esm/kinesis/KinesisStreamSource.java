package dev.fakecloud.lambda.esm.kinesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.kinesis.KinesisService;
import dev.fakecloud.kinesis.KinesisService.DataRecord;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.esm.stream.StreamSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Kinesis data streams as a source of stream event source mappings, and its records exactly as Lambda hands them
 * to functions: {@code kinesis} (schema version, partition key, sequence number, base64 data, arrival time in
 * fractional epoch seconds), {@code eventSource aws:kinesis}, {@code eventID shardId:sequenceNumber} and the rest.
 */
@ApplicationScoped
public class KinesisStreamSource implements StreamSource<DataRecord> {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final KinesisService kinesis;

    public KinesisStreamSource(KinesisService kinesis) {
        this.kinesis = kinesis;
    }

    @Override
    public SourceType type() {
        return SourceType.KINESIS;
    }

    @Override
    public boolean exists(String streamArn) {
        return kinesis.exists(streamArn);
    }

    @Override
    public List<StreamShard> shards(String streamArn) {
        return kinesis.shards(streamArn).stream().map(s -> new StreamShard(s.shardId(), s.parentShardId(),
                s.adjacentParentShardId(), s.closed())).toList();
    }

    @Override
    public String latestSequenceNumber(String streamArn, String shardId) {
        return kinesis.latestSequenceNumber(streamArn, shardId);
    }

    @Override
    public ShardRead<DataRecord> read(String streamArn, String shardId, String afterSequenceNumber,
            Instant notBefore, int max) {
        KinesisService.Read read = kinesis.read(streamArn, shardId, afterSequenceNumber, notBefore, max);
        return new ShardRead<>(read.records().stream().map(r -> new StreamRecord<>(r.sequenceNumber(),
                r.approximateArrivalTimestamp(), r.data().length + r.partitionKey().length(), r)).toList(),
                read.endOfShard());
    }

    @Override
    public Subscription subscribe(String streamArn, Runnable changed) {
        KinesisService.Subscription s = kinesis.onChange(streamArn, changed);
        return s == null ? null : s::close;
    }

    @Override
    public ObjectNode eventRecord(StreamRecord<DataRecord> record, RecordContext context) {
        DataRecord r = record.value();
        ObjectNode event = JSON.createObjectNode();
        ObjectNode k = event.putObject("kinesis");
        k.put("kinesisSchemaVersion", "1.0");
        k.put("partitionKey", r.partitionKey());
        k.put("sequenceNumber", r.sequenceNumber());
        k.put("data", Base64.getEncoder().encodeToString(r.data()));
        k.put("approximateArrivalTimestamp",
                BigDecimal.valueOf(r.approximateArrivalTimestamp().toEpochMilli(), 3));
        event.put("eventSource", "aws:kinesis");
        event.put("eventVersion", "1.0");
        event.put("eventID", context.shardId() + ":" + r.sequenceNumber());
        event.put("eventName", "aws:kinesis:record");
        event.put("invokeIdentityArn", context.functionRole());
        event.put("awsRegion", context.region());
        event.put("eventSourceARN", context.streamArn());
        return event;
    }

    /** Filters see {@code kinesis.data} decoded and parsed when it holds a JSON object or array. */
    @Override
    public ObjectNode filterTarget(StreamRecord<DataRecord> record, ObjectNode eventRecord) {
        JsonNode parsed = parsed(record.value().data());
        if (parsed != null) {
            ((ObjectNode) eventRecord.get("kinesis")).set("data", parsed);
        }
        return eventRecord;
    }

    private static JsonNode parsed(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8).trim();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String partitionKey(StreamRecord<DataRecord> record) {
        return record.value().partitionKey();
    }

    @Override
    public String batchInfoMember() {
        return "KinesisBatchInfo";
    }
}
