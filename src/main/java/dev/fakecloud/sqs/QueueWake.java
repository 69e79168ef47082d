package dev.fakecloud.sqs;

import io.vertx.core.Vertx;

/**
 * The one timer of a queue that fires when its earliest pending message becomes visible, so that listeners and
 * parked receives hear of it without polling. Kept in memory only; set again whenever someone starts waiting.
 */
final class QueueWake {

    private long timerId = -1;
    private long at;

    /** Makes sure {@code fire} runs at {@code when} (or earlier, when a timer for earlier is set already). */
    synchronized void schedule(Vertx vertx, long when, Runnable fire) {
        if (timerId >= 0 && at <= when) {
            return;
        }
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        at = when;
        timerId = vertx.setTimer(Math.max(1, when - System.currentTimeMillis()), id -> {
            if (fired(id)) {
                fire.run();
            }
        });
    }

    private synchronized boolean fired(long id) {
        if (timerId != id) {
            return false;
        }
        timerId = -1;
        return true;
    }
}
