package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksResultEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A message move task as the state store keeps it; replaced on every message moved and when it ends. */
@RegisterForReflection
public record MoveTaskRecord(String id, String handle, String sourceArn, String destinationArn,
        Integer maxPerSecond, long toMove, long moved, String status, String failureReason, long startedTimestamp) {

    static final String RUNNING = "RUNNING";

    boolean running() {
        return RUNNING.equals(status);
    }

    MoveTaskRecord movedOne() {
        long now = moved + 1;
        return new MoveTaskRecord(id, handle, sourceArn, destinationArn, maxPerSecond, toMove, now,
                now >= toMove ? "COMPLETED" : status, failureReason, startedTimestamp);
    }

    MoveTaskRecord finished(String newStatus, String reason) {
        return new MoveTaskRecord(id, handle, sourceArn, destinationArn, maxPerSecond, toMove, moved, newStatus,
                reason, startedTimestamp);
    }

    ListMessageMoveTasksResultEntry view() {
        return new ListMessageMoveTasksResultEntry(running() ? handle : null, status, sourceArn, destinationArn,
                maxPerSecond, moved, toMove, failureReason, startedTimestamp);
    }
}
