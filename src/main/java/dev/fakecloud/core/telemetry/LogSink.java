package dev.fakecloud.core.telemetry;

import dev.fakecloud.core.Scope;
import java.util.List;

/**
 * Where services write logs (Lambda the output of every function) without knowing the service that keeps them:
 * CloudWatch Logs implements it. The group and the stream are created when they do not exist yet, as Lambda does on
 * AWS. Appending is quick and never blocks or throws, so it can be called from an event loop.
 */
public interface LogSink {

    void append(Scope scope, String group, String stream, List<LogEntry> entries);
}
