package dev.fakecloud.dynamodb.streams;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
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

    public StreamStore(StateStore store) {
        this.streams = store.sortedTable("dynamodb.streams", String.class, StreamDef.class, Comparator.naturalOrder());
        this.records = store.sortedTable("dynamodb.stream-records", RecordKey.class, ChangeRecord.class,
                Comparator.comparing(RecordKey::stream).thenComparingLong(RecordKey::sequence));
        long max = FIRST_SEQUENCE;
        for (ChangeRecord r : records.values()) {
            max = Math.max(max, r.sequence());
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
    }

    List<StreamDef> allStreams() {
        return streams.sortedValues();
    }

    void append(ChangeRecord r, String stream) {
        records.put(new RecordKey(stream, r.sequence()), r);
    }

    /** Records of a stream with sequence numbers above {@code after}, oldest first, at most {@code limit}. */
    List<ChangeRecord> after(String stream, long after, int limit) {
        List<ChangeRecord> tail = records.range(new RecordKey(stream, after + 1), new RecordKey(stream, Long.MAX_VALUE));
        return tail.size() > limit ? tail.subList(0, limit) : tail;
    }

    ChangeRecord last(String stream) {
        RecordKey k = records.lastKeyIn(new RecordKey(stream, Long.MIN_VALUE), new RecordKey(stream, Long.MAX_VALUE));
        return k == null ? null : records.get(k);
    }

    /** Drops records created before {@code cutoffMillis}; returns how many. */
    int trim(long cutoffMillis) {
        return records.removeIf((k, r) -> r.createdMillis() < cutoffMillis).size();
    }

    boolean hasRecords(String stream) {
        return !records.range(new RecordKey(stream, Long.MIN_VALUE), new RecordKey(stream, Long.MAX_VALUE)).isEmpty();
    }
}
