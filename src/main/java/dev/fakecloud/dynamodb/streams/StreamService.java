package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.Sizes;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * DynamoDB Streams: a table's changes, one record per item really changed, in commit order (records are written on
 * the writer thread as the change is made), kept 24 hours.
 */
@ApplicationScoped
public class StreamService {

    public static final Duration RETENTION = Duration.ofHours(24);
    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final StreamStore store;
    /** Who is told of a stream's changes, by stream ARN; run on the writer thread. */
    private final Map<String, List<Runnable>> listeners = new java.util.concurrent.ConcurrentHashMap<>();

    public StreamService(StreamStore store) {
        this.store = store;
    }

    /**
     * Runs {@code changed} (on the writer thread; it must not block) each time records are appended to the stream or
     * its shard closes; the returned handle stops it.
     */
    public AutoCloseable onChange(String streamArn, Runnable changed) {
        listeners.computeIfAbsent(streamArn, k -> new CopyOnWriteArrayList<>()).add(changed);
        return () -> {
            List<Runnable> mine = listeners.get(streamArn);
            if (mine != null) {
                mine.remove(changed);
            }
        };
    }

    private void notify(String streamArn) {
        List<Runnable> mine = listeners.get(streamArn);
        if (mine != null) {
            for (Runnable r : mine) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    org.jboss.logging.Logger.getLogger(StreamService.class).warn("A stream listener failed", e);
                }
            }
        }
    }

    /** Opens a new stream for the table; the caller stores its ARN and label on the table. Writer thread. */
    public StreamDef open(TableDef t, String viewType) {
        long now = System.currentTimeMillis();
        String label = LABEL.format(Instant.ofEpochMilli(now));
        String arn = t.arn() + "/stream/" + label;
        String shardId = String.format("shardId-%020d-%s", now, UUID.randomUUID().toString().substring(0, 8));
        StreamDef s = new StreamDef(arn, label, t.name(), t.id(), t.account(), t.region(), t.keySchema(), viewType,
                now, shardId, store.lastSequence() + 1, true, null);
        store.put(s);
        return s;
    }

    /** Closes a stream (the table stopped streaming or was deleted); it stays readable. Writer thread. */
    public void close(String arn) {
        StreamDef s = store.stream(arn);
        if (s != null && s.enabled()) {
            store.put(s.disabled(store.lastSequence()));
            notify(arn);
        }
    }

    /**
     * Records a change of one item, if the table streams and the item really changed. Writer thread.
     *
     * @param before the item before (null: it was created)
     * @param after the item after (null: it was deleted)
     */
    public void record(TableDef t, Map<String, Value> before, Map<String, Value> after, boolean byTtl) {
        if (!t.streamEnabled() || t.streamArn() == null || Objects.equals(before, after)) {
            return;
        }
        String name = before == null ? "INSERT" : after == null ? "REMOVE" : "MODIFY";
        KeySchema k = t.key();
        Map<String, Value> keys = k.keyOf(after != null ? after : before);
        String view = t.streamViewType();
        Map<String, Value> newImage = after != null && (view.equals("NEW_IMAGE") || view.equals("NEW_AND_OLD_IMAGES"))
                ? after : null;
        Map<String, Value> oldImage = before != null && (view.equals("OLD_IMAGE") || view.equals("NEW_AND_OLD_IMAGES"))
                ? before : null;
        long size = Sizes.item(keys) + (newImage == null ? 0 : Sizes.item(newImage))
                + (oldImage == null ? 0 : Sizes.item(oldImage));
        ChangeRecord r = new ChangeRecord(UUID.randomUUID().toString().replace("-", ""), name, store.nextSequence(),
                System.currentTimeMillis(), keys, newImage, oldImage, size, view, t.region(), byTtl);
        store.append(r, t.streamArn());
        notify(t.streamArn());
    }

    /** Drops records older than the retention, and closed streams that no longer hold any. Writer thread. */
    public void trimExpired() {
        store.trim(System.currentTimeMillis() - RETENTION.toMillis());
        for (StreamDef s : store.allStreams()) {
            if (!s.enabled() && s.createdMillis() < System.currentTimeMillis() - RETENTION.toMillis()
                    && !store.hasRecords(s.arn())) {
                store.removeStream(s.arn());
            }
        }
    }

    // ---- reading, for the API and for event source mappings

    public StreamDef stream(String arn) {
        StreamDef s = store.stream(arn);
        if (s == null) {
            throw DynamoErrors.resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
        }
        return s;
    }

    /** Whether the stream is known (enabled, or disabled and still retained). */
    public boolean exists(String arn) {
        return store.stream(arn) != null;
    }

    /** The newest record of the stream, or null when it holds none. */
    public ChangeRecord newest(String arn) {
        return store.last(arn);
    }

    /** Up to {@code limit} records after sequence number {@code after}, oldest first. */
    public List<ChangeRecord> read(String arn, long after, int limit) {
        return store.after(arn, after, limit);
    }

    /** The sequence number before the first record still held (where TRIM_HORIZON starts). */
    public long trimHorizon(StreamDef s) {
        return s.startSequence() - 1;
    }

    /** The sequence number of the latest record written anywhere (where LATEST starts). */
    public long latest() {
        return store.lastSequence();
    }

    public Map<String, Object> listStreams(String region, Requests.ListStreams r) {
        int limit = r.limit() == null ? 100 : r.limit();
        if (limit < 1 || limit > 100) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        boolean started = r.exclusiveStartStreamArn() == null;
        String last = null;
        for (StreamDef s : store.allStreams()) {
            if (!s.region().equals(region) || (r.tableName() != null && !r.tableName().equals(s.tableName()))) {
                continue;
            }
            if (!started) {
                started = s.arn().equals(r.exclusiveStartStreamArn());
                continue;
            }
            if (out.size() == limit) {
                break;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("StreamArn", s.arn());
            m.put("TableName", s.tableName());
            m.put("StreamLabel", s.label());
            out.add(m);
            last = s.arn();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("Streams", out);
        if (out.size() == limit && last != null && !isLast(region, r.tableName(), last)) {
            result.put("LastEvaluatedStreamArn", last);
        }
        return result;
    }

    private boolean isLast(String region, String table, String arn) {
        List<StreamDef> mine = store.allStreams().stream().filter(s -> s.region().equals(region)
                && (table == null || table.equals(s.tableName()))).toList();
        return !mine.isEmpty() && mine.get(mine.size() - 1).arn().equals(arn);
    }

    public Map<String, Object> describeStream(Requests.DescribeStream r) {
        StreamDef s = stream(r.streamArn());
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("StartingSequenceNumber", Long.toString(s.startSequence()));
        if (s.endSequence() != null) {
            range.put("EndingSequenceNumber", Long.toString(Math.max(s.endSequence(), s.startSequence())));
        }
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("ShardId", s.shardId());
        shard.put("SequenceNumberRange", range);
        List<Map<String, Object>> keySchema = new ArrayList<>();
        s.keySchema().forEach(k -> keySchema.add(Map.of("AttributeName", k.attributeName(), "KeyType", k.keyType())));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("StreamArn", s.arn());
        d.put("StreamLabel", s.label());
        d.put("StreamStatus", s.enabled() ? "ENABLED" : "DISABLED");
        d.put("StreamViewType", s.viewType());
        d.put("CreationRequestDateTime", dev.fakecloud.dynamodb.model.Times.epochSeconds(s.createdMillis()));
        d.put("TableName", s.tableName());
        d.put("KeySchema", keySchema);
        boolean skip = r.exclusiveStartShardId() != null && r.exclusiveStartShardId().equals(s.shardId());
        d.put("Shards", skip ? List.of() : List.of(shard));
        return Map.of("StreamDescription", d);
    }
}
