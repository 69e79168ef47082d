package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.LogStore.Stream;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/** Drops the events older than their group's retention policy, every minute, off the event loop. */
@ApplicationScoped
public class LogRetention {

    static final long EVERY_MS = Duration.ofMinutes(1).toMillis();
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final LogStore store;
    private final Vertx vertx;
    private long timer = -1;

    public LogRetention(LogStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    /** Applies every group's retention now; returns how many events were dropped. */
    public int apply(long nowMillis) {
        int dropped = 0;
        for (Group g : store.allGroups()) {
            if (g.retentionInDays() == null) {
                continue;
            }
            long cutoff = nowMillis - g.retentionInDays() * DAY_MS;
            for (Stream s : store.streams(g.key(), "")) {
                if (s.firstEventTimestamp() != null && s.firstEventTimestamp() < cutoff) {
                    dropped += store.dropOlder(s.key(), cutoff);
                }
            }
        }
        return dropped;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MS, id -> vertx.executeBlocking(() -> apply(System.currentTimeMillis()),
                false));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }
}
