package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.telemetry.LogEntry;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.util.List;

/**
 * How one invocation ended in its environment: the result for the caller, plus what the engine records about it.
 *
 * @param runtimeMs from handing the event to the runtime until it answered (AWS's REPORT Duration)
 * @param logStream the log stream of the environment that ran it
 * @param log the invocation's log (START ... REPORT)
 * @param logLines the same log as lines, each with the time it was written
 */
record Outcome(InvocationResult result, double runtimeMs, String containerId, String logStream, String log,
        List<LogEntry> logLines) {
}
