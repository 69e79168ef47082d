package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksResultEntry;

/** One message move task (a DLQ redrive). Its counters and status change only under its own lock. */
final class MoveTask {

    final String id;
    final String handle;
    final SqsQueue source;
    final String destinationArn;
    final Integer maxPerSecond;
    final long toMove;
    final long startedTimestamp;
    private long moved;
    private String status = "RUNNING";
    private String failureReason;
    long timerId = -1;

    MoveTask(String id, String handle, SqsQueue source, String destinationArn, Integer maxPerSecond, long toMove,
            long startedTimestamp) {
        this.id = id;
        this.handle = handle;
        this.source = source;
        this.destinationArn = destinationArn;
        this.maxPerSecond = maxPerSecond;
        this.toMove = toMove;
        this.startedTimestamp = startedTimestamp;
    }

    synchronized boolean running() {
        return status.equals("RUNNING");
    }

    synchronized long moved() {
        return moved;
    }

    synchronized void movedOne() {
        moved++;
        if (moved >= toMove) {
            status = "COMPLETED";
        }
    }

    synchronized void finish(String newStatus, String reason) {
        if (status.equals("RUNNING")) {
            status = newStatus;
            failureReason = reason;
        }
    }

    synchronized ListMessageMoveTasksResultEntry view() {
        boolean running = status.equals("RUNNING");
        return new ListMessageMoveTasksResultEntry(running ? handle : null, status, source.arn, destinationArn,
                maxPerSecond, moved, toMove, failureReason, startedTimestamp);
    }
}
