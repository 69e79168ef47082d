package dev.fakecloud.events;

import dev.fakecloud.events.model.ArchiveShapes.ReplayDestination;

/** One replay as it is stored; it goes STARTING, RUNNING, COMPLETED (or CANCELLING, CANCELLED). */
public record Replay(String name, String arn, String accountId, String region, String description, String state,
        String stateReason, String eventSourceArn, ReplayDestination destination, long eventStartMillis,
        long eventEndMillis, Long lastReplayedMillis, long replayStartMillis, Long replayEndMillis) {

    Replay withState(String next, String reason, Long lastReplayed, Long end) {
        return new Replay(name, arn, accountId, region, description, next, reason, eventSourceArn, destination,
                eventStartMillis, eventEndMillis, lastReplayed, replayStartMillis, end);
    }

    boolean active() {
        return state.equals("STARTING") || state.equals("RUNNING") || state.equals("CANCELLING");
    }
}
