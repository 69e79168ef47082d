package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Stream;
import dev.fakecloud.logs.model.LiveTailShapes.LiveTailSessionLogEvent;
import dev.fakecloud.logs.model.LiveTailShapes.LiveTailSessionMetadata;
import dev.fakecloud.logs.model.LiveTailShapes.LiveTailSessionStart;
import dev.fakecloud.logs.model.LiveTailShapes.LiveTailSessionUpdate;
import dev.fakecloud.logs.model.LiveTailShapes.SessionTimeoutException;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One Live Tail session: the events written to its log groups (and streams, and matching its filter pattern) since it
 * started, sent as one {@code sessionUpdate} a second, 500 at most ({@code sampled} when there were more), an empty
 * update when nothing came; after three hours a {@code SessionTimeoutException} ends it, as on AWS.
 */
final class LiveTailSession {

    /** What a session sends, in order: its start, then its updates, and possibly the timeout that ends it. */
    sealed interface Message permits Started, Updated, TimedOut {
    }

    record Started(LiveTailSessionStart start) implements Message {
    }

    record Updated(LiveTailSessionUpdate update) implements Message {
    }

    record TimedOut(SessionTimeoutException timeout) implements Message {
    }

    static final int MAX_PER_UPDATE = 500;
    static final long UPDATE_EVERY_MS = 1_000;
    static final Duration LIFETIME = Duration.ofHours(3);

    /** Which events a session takes: log groups (by key, with the identifier the caller gave), streams, pattern. */
    record Selection(Map<String, String> identifiersByGroupKey, Set<String> streamNames, List<String> streamPrefixes,
            Predicate<String> pattern) {

        boolean takes(Stream stream) {
            if (!identifiersByGroupKey.containsKey(stream.groupKey())) {
                return false;
            }
            if (streamNames != null) {
                return streamNames.contains(stream.name());
            }
            return streamPrefixes == null || streamPrefixes.stream().anyMatch(stream.name()::startsWith);
        }
    }

    private final Selection selection;
    private final LiveTailSessionStart start;
    private final ConcurrentLinkedQueue<LiveTailSessionLogEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean sampled = new AtomicBoolean();

    LiveTailSession(Selection selection, LiveTailSessionStart start) {
        this.selection = selection;
        this.start = start;
    }

    /** Takes the events this session selects (any thread); past 500 in a second, the rest are sampled away. */
    void offer(Stream stream, List<Event> events) {
        if (!selection.takes(stream)) {
            return;
        }
        String identifier = selection.identifiersByGroupKey().get(stream.groupKey());
        for (Event e : events) {
            if (!selection.pattern().test(e.message())) {
                continue;
            }
            if (pendingCount.incrementAndGet() > MAX_PER_UPDATE) {
                pendingCount.decrementAndGet();
                sampled.set(true);
                continue;
            }
            pending.add(new LiveTailSessionLogEvent(stream.name(), identifier, e.message(), e.timestamp(),
                    e.ingestionTime()));
        }
    }

    /**
     * Runs the session on {@code emitter}: the start at once, an update every second, the timeout at the end of its
     * lifetime; registered with {@code hub} until the client goes away or the session ends. Updates are sent only as
     * the client takes them, so a slow client never has more than one waiting.
     */
    void run(Vertx vertx, LiveTailHub hub, MultiEmitter<? super Message> emitter, Duration lifetime) {
        hub.open(this);
        emitter.emit(new Started(start));
        long ticks = vertx.setPeriodic(UPDATE_EVERY_MS, id -> {
            // a client that has not taken the last update yet gets the events of both seconds in the next one
            if (emitter.requested() > 0) {
                emitter.emit(new Updated(drain()));
            }
        });
        long end = vertx.setTimer(Math.max(1, lifetime.toMillis()), id -> {
            emitter.emit(new TimedOut(new SessionTimeoutException("Session timed out after "
                    + lifetime.toHours() + " hours.")));
            emitter.complete();
        });
        emitter.onTermination(() -> {
            vertx.cancelTimer(ticks);
            vertx.cancelTimer(end);
            hub.close(this);
        });
    }

    private LiveTailSessionUpdate drain() {
        List<LiveTailSessionLogEvent> out = new ArrayList<>();
        LiveTailSessionLogEvent e;
        while ((e = pending.poll()) != null) {
            out.add(e);
            pendingCount.decrementAndGet();
        }
        out.sort(java.util.Comparator.comparingLong(LiveTailSessionLogEvent::timestamp));
        return new LiveTailSessionUpdate(new LiveTailSessionMetadata(sampled.getAndSet(false)), out);
    }
}
