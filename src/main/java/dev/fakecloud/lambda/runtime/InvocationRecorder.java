package dev.fakecloud.lambda.runtime;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The most recent invocations, whatever triggered them, for {@code GET /_fakecloud/lambda/invocations}: at most
 * {@value #CAPACITY} records and {@value #MAX_BYTES} bytes of payloads, responses and logs, oldest dropped first.
 */
@ApplicationScoped
public class InvocationRecorder {

    static final int CAPACITY = 10_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @RegisterForReflection
    public record InvocationRecord(String requestId, String functionName, String functionArn, String executedVersion,
            String invocationType, String source, String payload, String response, String functionError,
            double durationMs, String containerId, String timestamp, String logs) {
    }

    private final ArrayDeque<InvocationRecord> records = new ArrayDeque<>();
    private long bytes;

    public synchronized void record(InvocationRecord record) {
        records.addLast(record);
        bytes += weight(record);
        while (records.size() > CAPACITY || (bytes > MAX_BYTES && records.size() > 1)) {
            bytes -= weight(records.removeFirst());
        }
    }

    private static long weight(InvocationRecord r) {
        return length(r.payload()) + length(r.response()) + length(r.logs());
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    public synchronized List<InvocationRecord> all() {
        return List.copyOf(records);
    }

    public synchronized void clear() {
        records.clear();
        bytes = 0;
    }
}
