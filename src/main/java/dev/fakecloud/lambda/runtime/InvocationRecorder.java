package dev.fakecloud.lambda.runtime;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.List;

/** The most recent invocations, whatever triggered them, for {@code GET /_fakecloud/lambda/invocations}. */
@ApplicationScoped
public class InvocationRecorder {

    static final int CAPACITY = 10_000;

    @RegisterForReflection
    public record InvocationRecord(String requestId, String functionName, String functionArn, String executedVersion,
            String invocationType, String source, String payload, String response, String functionError,
            double durationMs, String containerId, String timestamp, String logs) {
    }

    private final ArrayDeque<InvocationRecord> records = new ArrayDeque<>();

    public synchronized void record(InvocationRecord record) {
        if (records.size() == CAPACITY) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    public synchronized List<InvocationRecord> all() {
        return List.copyOf(records);
    }

    public synchronized void clear() {
        records.clear();
    }
}
