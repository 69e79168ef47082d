package dev.fakecloud.logs;

import dev.fakecloud.logs.LiveTailSession.Message;
import dev.fakecloud.logs.LiveTailSession.Selection;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.LiveTailShapes.LiveTailSessionStart;
import dev.fakecloud.logs.model.LiveTailShapes.StartLiveTailRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code StartLiveTail}: checks the request as AWS does, then opens a session that streams the log events written to
 * the chosen log groups from now on. The request is refused before anything streams; the session runs until the
 * client goes away or three hours have passed.
 */
@ApplicationScoped
public class LiveTailService {

    static final int MAX_GROUPS = 10;

    private final LogGroupService groups;
    private final LiveTailHub hub;
    private final Vertx vertx;

    public LiveTailService(LogGroupService groups, LiveTailHub hub, Vertx vertx) {
        this.groups = groups;
        this.hub = hub;
        this.vertx = vertx;
    }

    /** A new session's messages; nothing is registered until the stream is subscribed to. */
    Multi<Message> start(LogsCall call, StartLiveTailRequest r, String requestId) {
        Selection selection = selection(call, r);
        LiveTailSession session = new LiveTailSession(selection, new LiveTailSessionStart(requestId,
                UUID.randomUUID().toString(), r.logGroupIdentifiers(), r.logStreamNames(), r.logStreamNamePrefixes(),
                r.logEventFilterPattern()));
        return Multi.createFrom().emitter(emitter -> session.run(vertx, hub, emitter, LiveTailSession.LIFETIME),
                BackPressureStrategy.BUFFER);
    }

    private Selection selection(LogsCall call, StartLiveTailRequest r) {
        List<String> ids = r.logGroupIdentifiers();
        if (ids == null) {
            throw LogsErrors.missing("logGroupIdentifiers");
        }
        if (ids.isEmpty() || ids.size() > MAX_GROUPS) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'logGroupIdentifiers' failed to "
                    + "satisfy constraint: Member must have length between 1 and " + MAX_GROUPS);
        }
        if (r.logStreamNames() != null && r.logStreamNamePrefixes() != null) {
            throw LogsErrors.invalidParameter("logStreamNames and logStreamNamePrefixes are mutually exclusive.");
        }
        boolean byStream = r.logStreamNames() != null || r.logStreamNamePrefixes() != null;
        if (byStream && ids.size() > 1) {
            throw LogsErrors.invalidParameter("logStreamNames or logStreamNamePrefixes can only be specified when "
                    + "logGroupIdentifiers contains a single log group.");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String id : ids) {
            if (id.endsWith("*")) {
                throw LogsErrors.invalidParameter("A log group identifier can't end with an asterisk (*): " + id);
            }
            Group g = groups.require(call, LogGroupService.nameOf(id));
            byKey.put(g.key(), id);
        }
        return new Selection(byKey, r.logStreamNames() == null ? null : Set.copyOf(r.logStreamNames()),
                r.logStreamNamePrefixes(), FilterPattern.parse(r.logEventFilterPattern()));
    }
}
