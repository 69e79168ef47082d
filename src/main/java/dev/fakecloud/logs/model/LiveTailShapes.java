package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The request and the events of a Live Tail session ({@code StartLiveTail}), as AWS JSON 1.1 names them. */
public final class LiveTailShapes {

    private LiveTailShapes() {
    }

    @RegisterForReflection
    public record StartLiveTailRequest(List<String> logGroupIdentifiers, List<String> logStreamNames,
            List<String> logStreamNamePrefixes, String logEventFilterPattern) {
    }

    /** The first event of a session: what it tails. */
    @RegisterForReflection
    public record LiveTailSessionStart(String requestId, String sessionId, List<String> logGroupIdentifiers,
            List<String> logStreamNames, List<String> logStreamNamePrefixes, String logEventFilterPattern) {
    }

    /** One second's matching events (at most 500, {@code sampled} when there were more). */
    @RegisterForReflection
    public record LiveTailSessionUpdate(LiveTailSessionMetadata sessionMetadata,
            List<LiveTailSessionLogEvent> sessionResults) {
    }

    @RegisterForReflection
    public record LiveTailSessionMetadata(boolean sampled) {
    }

    @RegisterForReflection
    public record LiveTailSessionLogEvent(String logStreamName, String logGroupIdentifier, String message,
            long timestamp, long ingestionTime) {
    }

    /** The exception event that ends a session after three hours. */
    @RegisterForReflection
    public record SessionTimeoutException(String message) {
    }
}
