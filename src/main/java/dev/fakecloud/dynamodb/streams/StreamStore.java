package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Streams and their records in the state store; records ordered by stream, then sequence number. */
@ApplicationScoped
public class StreamStore {

    /** Sequence numbers start here so that they read as AWS's long decimal strings. */
    static final long FIRST_SEQUENCE = 1_000_000_000_000_000_000L;

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record RecordKey(String stream, long sequence) {
    }

    private final Table<String, StreamDef> streams;
    private final Table<RecordKey, ChangeRecord> records;
    private final AtomicLong sequence = new AtomicLong(FIRST_SEQUENCE);
    /** Each stream's records by sequence number, beside the table, so a read costs its page, not the stream. */
    private final Map<String, ConcurrentSkipListMap<Long, ChangeRecord>> byStream = new ConcurrentHashMap<>();

    public StreamStore(StateStore store) {
        this.streams = store.sortedTable("dynamodb.streams", String.class, StreamDef.class, Comparator.naturalOrder());
        this.records = store.sortedTable("dynamodb.stream-records", RecordKey.class, ChangeRecord.class,
                Comparator.comparing(RecordKey::stream).thenComparingLong(RecordKey::sequence));
        long max = FIRST_SEQUENCE;
        for (Map.Entry<RecordKey, ChangeRecord> e : records.entries()) {
            max = Math.max(max, e.getValue().sequence());
            shelf(e.getKey().stream()).put(e.getValue().sequence(), e.getValue());
        }
        for (StreamDef s : streams.values()) {
            max = Math.max(max, s.startSequence());
            if (s.endSequence() != null) {
                max = Math.max(max, s.endSequence());
            }
        }
        sequence.set(max);
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    long lastSequence() {
        return sequence.get();
    }

    StreamDef stream(String arn) {
        return arn == null ? null : streams.get(arn);
    }

    void put(StreamDef s) {
        streams.put(s.arn(), s);
    }

    void removeStream(String arn) {
        streams.remove(arn);
        byStream.remove(arn);
    }

    List<StreamDef> allStreams() {
        return streams.sortedValues();
    }

    private ConcurrentSkipListMap<Long, ChangeRecord> shelf(String stream) {
        return byStream.computeIfAbsent(stream, k -> new ConcurrentSkipListMap<>());
    }

    void append(ChangeRecord r, String stream) {
        records.put(new RecordKey(stream, r.sequence()), r);
        shelf(stream).put(r.sequence(), r);
    }

    /** Records of a stream with sequence numbers above {@code after}, oldest first, at most {@code limit}. */
    List<ChangeRecord> after(String stream, long after, int limit) {
        ConcurrentSkipListMap<Long, ChangeRecord> shelf = byStream.get(stream);
        List<ChangeRecord> out = new ArrayList<>();
        if (shelf != null) {
            for (ChangeRecord r : shelf.tailMap(after, false).values()) {
                if (out.size() == limit) {
                    break;
                }
                out.add(r);
            }
        }
        return out;
    }

    ChangeRecord last(String stream) {
        ConcurrentSkipListMap<Long, ChangeRecord> shelf = byStream.get(stream);
        Map.Entry<Long, ChangeRecord> last = shelf == null ? null : shelf.lastEntry();
        return last == null ? null : last.getValue();
    }

    /** Drops records created before {@code cutoffMillis}; returns how many. */
    int trim(long cutoffMillis) {
        int removed = 0;
        for (Map.Entry<String, ConcurrentSkipListMap<Long, ChangeRecord>> e : byStream.entrySet()) {
            ConcurrentSkipListMap<Long, ChangeRecord> shelf = e.getValue();
            for (Map.Entry<Long, ChangeRecord> first = shelf.firstEntry();
                    first != null && first.getValue().createdMillis() < cutoffMillis; first = shelf.firstEntry()) {
                shelf.remove(first.getKey());
                records.remove(new RecordKey(e.getKey(), first.getKey()));
                removed++;
            }
        }
        return removed;
    }

    boolean hasRecords(String stream) {
        ConcurrentSkipListMap<Long, ChangeRecord> shelf = byStream.get(stream);
        return shelf != null && !shelf.isEmpty();
    }

}
