package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Stream;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Live Tail sessions open now; every write of log events is offered to them. Offering only appends to a
 * session's queue, so it may run wherever events are written.
 */
@ApplicationScoped
public class LiveTailHub {

    private final List<LiveTailSession> sessions = new CopyOnWriteArrayList<>();

    void open(LiveTailSession session) {
        sessions.add(session);
    }

    void close(LiveTailSession session) {
        sessions.remove(session);
    }

    void written(Stream stream, List<Event> events) {
        for (LiveTailSession s : sessions) {
            s.offer(stream, events);
        }
    }

    int open() {
        return sessions.size();
    }
}
