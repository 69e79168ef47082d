package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.telemetry.LogEntry;
import dev.fakecloud.core.telemetry.LogSink;
import dev.fakecloud.lambda.control.ResolvedFunction;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Writes an invocation's lines, each with the time it was written, to its function's group. */
    void write(ResolvedFunction target, String stream, List<LogEntry> lines) {
        if (stream != null && !lines.isEmpty()) {
            sink.append(target.function().scope(), EnvironmentVariables.logGroup(target.version().config()), stream,
                    lines);
        }
    }

    /** Writes output that came outside any invocation (one event per line, stamped now). */
    void write(Scope scope, String group, String stream, String log) {
        if (log == null || log.isEmpty() || stream == null) {
            return;
        }
        TimedLines lines = new TimedLines();
        lines.add(log, System.currentTimeMillis());
        List<LogEntry> entries = lines.entries();
        if (!entries.isEmpty()) {
            sink.append(scope, group, stream, entries);
        }
    }
}
