package dev.fakecloud.sqs;

import dev.fakecloud.core.store.Table;
import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksResultEntry;

/** One running or finished message move task (a DLQ redrive): its stored state, changed only under its own lock. */
final class MoveTask {

    private final Table<String, MoveTaskRecord> table;
    private MoveTaskRecord state;
    /** The pacing timer while running (in memory only; set again after a restart). */
    long timerId = -1;

    MoveTask(MoveTaskRecord state, Table<String, MoveTaskRecord> table) {
        this.state = state;
        this.table = table;
    }

    synchronized MoveTaskRecord state() {
        return state;
    }

    synchronized boolean running() {
        return state.running();
    }

    synchronized long moved() {
        return state.moved();
    }

    synchronized void movedOne() {
        change(state.movedOne());
    }

    synchronized void finish(String newStatus, String reason) {
        if (state.running()) {
            change(state.finished(newStatus, reason));
        }
    }

    synchronized ListMessageMoveTasksResultEntry view() {
        return state.view();
    }

    private void change(MoveTaskRecord next) {
        state = next;
        table.put(next.id(), next);
    }
}
