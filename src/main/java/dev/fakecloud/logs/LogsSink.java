package dev.fakecloud.logs;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.telemetry.LogEntry;
import dev.fakecloud.core.telemetry.LogSink;
import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.LogStore.Stream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Where fakecloud's services write their logs (Lambda every function's output): the group and stream are created
 * when they do not exist, as Lambda creates them on AWS, and the lines become events. Quick (in-memory tables) and
 * never throws, so it may run where an invocation ends.
 */
@ApplicationScoped
public class LogsSink implements LogSink {

    private static final Logger LOG = Logger.getLogger(LogsSink.class);

    private final LogGroupService groups;
    private final LogEventService events;

    public LogsSink(LogGroupService groups, LogEventService events) {
        this.groups = groups;
        this.events = events;
    }

    @Override
    public void append(Scope scope, String group, String stream, List<LogEntry> entries) {
        try {
            Group g = groups.ensure(scope.accountId(), scope.region(), group);
            Stream s = groups.ensureStream(g, stream);
            long now = System.currentTimeMillis();
            events.write(s, entries.stream().map(e -> new Event(e.timestamp(), e.message(), now)).toList(), now);
        } catch (RuntimeException e) {
            LOG.warnf("Could not write %d log line(s) to %s %s: %s", entries.size(), group, stream, e.getMessage());
        }
    }
}
