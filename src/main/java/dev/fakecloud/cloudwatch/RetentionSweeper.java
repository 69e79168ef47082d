package dev.fakecloud.cloudwatch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Applies CloudWatch's retention now and then: high-resolution data older than 3 hours becomes 1-minute data,
 * 1-minute data older than 15 days 5-minute data, then hourly, and data older than 15 months is dropped
 * ({@link MetricStore#applyRetention}). Reads already answer at the resolution the age allows; the sweep keeps memory
 * bounded. Runs on a worker so that a large roll-up never holds an event loop.
 */
@ApplicationScoped
public class RetentionSweeper {

    static final long EVERY_MS = Duration.ofMinutes(10).toMillis();

    private final MetricStore store;
    private final Vertx vertx;
    private long timer = -1;

    public RetentionSweeper(MetricStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MS, id -> vertx.executeBlocking(
                () -> store.applyRetention(System.currentTimeMillis()), false));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }
}
