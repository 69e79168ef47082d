package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.telemetry.LogEntry;
import dev.fakecloud.core.telemetry.LogSink;
import dev.fakecloud.lambda.control.ResolvedFunction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each invocation's log (init output on a cold start, {@code START}, the function's own lines, {@code END},
 * {@code REPORT}) to CloudWatch Logs as Lambda does: group {@code /aws/lambda/<function>} (or the function's
 * {@code LoggingConfig.LogGroup}), the stream of the environment that ran it, one event per line. The
 * {@link LogSink} never blocks, so this runs where the invocation ends.
 */
@ApplicationScoped
public class FunctionLogs {

    private final LogSink sink;

    public FunctionLogs(LogSink sink) {
        this.sink = sink;
    }

    void write(ResolvedFunction target, String stream, String log) {
        write(target.function().scope(), EnvironmentVariables.logGroup(target.version().config()), stream, log);
    }

    /** Writes lines to a group and stream (one event per line). */
    void write(Scope scope, String group, String stream, String log) {
        if (log == null || log.isEmpty() || stream == null) {
            return;
        }
        long now = System.currentTimeMillis();
        List<LogEntry> entries = new ArrayList<>();
        int from = 0;
        while (from < log.length()) {
            int nl = log.indexOf('\n', from);
            int end = nl < 0 ? log.length() : nl;
            String line = log.substring(from, end);
            if (!line.isEmpty()) {
                entries.add(new LogEntry(now, line));
            }
            from = end + 1;
        }
        if (!entries.isEmpty()) {
            sink.append(scope, group, stream, entries);
        }
    }
}
