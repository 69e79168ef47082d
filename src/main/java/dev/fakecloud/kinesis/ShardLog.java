package dev.fakecloud.kinesis;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.StoredRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shard's log a page at a time, as GetRecords and event source mappings do: records from a counter on,
 * skipping those expired by the stream's retention period and those that arrived before a given time, within a
 * record count and a byte budget. Never copies more of the shard than it returns (plus what it skips).
 */
@ApplicationScoped
public class ShardLog {

    /** At most this many records are skipped (expired or too early) in one read, so a read stays short. */
    static final int MAX_SCANNED = 100_000;
    private static final int PAGE = 1000;

    private final StreamStore store;
    private final long hourMillis;

    public ShardLog(StreamStore store, FakecloudConfig config) {
        this.store = store;
        this.hourMillis = config.kinesis().retentionHour().toMillis();
    }

    /**
     * A page of a shard.
     *
     * @param nextCounter where the next read continues
     * @param caughtUp true when nothing follows the records returned (now)
     */
    record Page(List<StoredRecord> records, long nextCounter, boolean caughtUp) {
    }

    /** Records of a stream older than this (epoch millis) have expired. */
    long cutoff(KinesisStream stream) {
        return System.currentTimeMillis() - stream.retentionHours() * hourMillis;
    }

    Page read(KinesisStream stream, String shardId, long fromCounter, long notBeforeMillis, int limit, long maxBytes) {
        long cutoff = cutoff(stream);
        List<StoredRecord> out = new ArrayList<>();
        long next = fromCounter;
        long bytes = 0;
        int scanned = 0;
        while (true) {
            List<StoredRecord> page = store.read(stream.arn(), shardId, next, PAGE);
            for (StoredRecord r : page) {
                if (out.size() >= limit || !out.isEmpty() && bytes + r.size() > maxBytes) {
                    return new Page(out, next, false);
                }
                next = r.counter() + 1;
                if (r.arrivalMillis() < cutoff || r.arrivalMillis() < notBeforeMillis) {
                    if (++scanned >= MAX_SCANNED) {
                        return new Page(out, next, false);
                    }
                    continue;
                }
                out.add(r);
                bytes += r.size();
            }
            if (page.size() < PAGE) {
                return new Page(out, next, true);
            }
        }
    }
}
