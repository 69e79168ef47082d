package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.lambda.esm.stream.StreamSource.StreamRecord;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The record Lambda sends to a stream mapping's {@code OnFailure} destination when it gives up on a batch: the
 * request and response context, {@code version} 1.0, a timestamp and the batch's coordinates
 * ({@code KinesisBatchInfo} or {@code DDBStreamBatchInfo}), never the records themselves.
 */
final class StreamFailureRecord {

    /** Why a batch is given up on. */
    enum Condition {
        RETRIES_EXHAUSTED("RetryAttemptsExhausted"), RECORD_AGE_EXCEEDED("RecordAgeExceeded");

        final String wire;

        Condition(String wire) {
            this.wire = wire;
        }
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StreamFailureRecord() {
    }

    static String of(String requestId, String functionArn, Condition condition, int invokeCount,
            InvocationResult last, String batchInfoMember, String shardId, String streamArn,
            List<? extends StreamRecord<?>> batch) {
        ObjectNode record = JSON.createObjectNode();
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", requestId);
        request.put("functionArn", functionArn);
        request.put("condition", condition.wire);
        request.put("approximateInvokeCount", invokeCount);
        if (last != null) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", last.status());
            response.put("executedVersion", last.executedVersion());
            if (last.functionError() != null) {
                response.put("functionError", last.functionError());
            }
        }
        record.put("version", "1.0");
        record.put("timestamp", TIMESTAMP.format(Instant.now()));
        ObjectNode info = record.putObject(batchInfoMember);
        info.put("shardId", shardId);
        info.put("startSequenceNumber", batch.getFirst().sequenceNumber());
        info.put("endSequenceNumber", batch.getLast().sequenceNumber());
        info.put("approximateArrivalOfFirstRecord", TIMESTAMP.format(batch.getFirst().approximateArrival()));
        info.put("approximateArrivalOfLastRecord", TIMESTAMP.format(batch.getLast().approximateArrival()));
        info.put("batchSize", batch.size());
        info.put("streamArn", streamArn);
        try {
            return JSON.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
