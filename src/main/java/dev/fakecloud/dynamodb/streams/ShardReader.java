package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GetShardIterator and GetRecords: iterators are opaque positions in a shard that expire after 15 minutes. */
@ApplicationScoped
public class ShardReader {

    private static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

    private final StreamService streams;

    public ShardReader(StreamService streams) {
        this.streams = streams;
    }

    /** A position: records after {@code after} are next. */
    record Position(String stream, String shardId, long after, long issuedMillis) {

        String encode() {
            String raw = stream + "|" + shardId + "|" + after + "|" + issuedMillis;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String iterator) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8);
                int c = raw.lastIndexOf('|');
                int b = raw.lastIndexOf('|', c - 1);
                int a = raw.lastIndexOf('|', b - 1);
                return new Position(raw.substring(0, a), raw.substring(a + 1, b), Long.parseLong(raw.substring(b + 1, c)),
                        Long.parseLong(raw.substring(c + 1)));
            } catch (RuntimeException e) {
                throw DynamoErrors.validation("Invalid ShardIterator");
            }
        }
    }

    public Map<String, Object> getShardIterator(Requests.GetShardIterator r) {
        StreamDef s = streams.stream(r.streamArn());
        if (r.shardId() == null || !r.shardId().equals(s.shardId())) {
            throw DynamoErrors.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        String type = r.shardIteratorType() == null ? "" : r.shardIteratorType();
        long after = switch (type) {
            case "TRIM_HORIZON" -> streams.trimHorizon(s);
            case "LATEST" -> s.endSequence() != null ? s.endSequence() : streams.latest();
            case "AT_SEQUENCE_NUMBER" -> sequence(r.sequenceNumber()) - 1;
            case "AFTER_SEQUENCE_NUMBER" -> sequence(r.sequenceNumber());
            default -> throw DynamoErrors.validation("1 validation error detected: Value '" + r.shardIteratorType()
                    + "' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]");
        };
        return Map.of("ShardIterator", new Position(s.arn(), s.shardId(), after, System.currentTimeMillis()).encode());
    }

    private static long sequence(String text) {
        if (text == null) {
            throw DynamoErrors.validation("A sequence number is required for the AT_SEQUENCE_NUMBER and "
                    + "AFTER_SEQUENCE_NUMBER iterator types");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DynamoErrors.validation("Invalid SequenceNumber: " + text);
        }
    }

    public Map<String, Object> getRecords(Requests.GetRecords r) {
        if (r.shardIterator() == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at 'shardIterator' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        int limit = r.limit() == null ? 1000 : r.limit();
        if (limit < 1 || limit > 1000) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 1000"));
        }
        Position p = Position.decode(r.shardIterator());
        if (System.currentTimeMillis() - p.issuedMillis() > ITERATOR_LIFETIME.toMillis()) {
            throw DynamoErrors.expiredIterator("Iterator expired. The iterator was created at time "
                    + java.time.Instant.ofEpochMilli(p.issuedMillis()) + " while right now the time is "
                    + java.time.Instant.now());
        }
        StreamDef s = streams.stream(p.stream());
        List<ChangeRecord> batch = streams.read(s.arn(), p.after(), limit);
        List<Map<String, Object>> records = new ArrayList<>(batch.size());
        batch.forEach(c -> records.add(StreamRecords.toWire(c, s.arn(), false)));
        long next = batch.isEmpty() ? p.after() : batch.get(batch.size() - 1).sequence();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Records", records);
        boolean exhausted = s.endSequence() != null && next >= s.endSequence();
        if (!exhausted) {
            out.put("NextShardIterator", new Position(s.arn(), s.shardId(), next, System.currentTimeMillis()).encode());
        }
        return out;
    }
}
