package dev.fakecloud.lambda.runtime;

import com.github.dockerjava.api.DockerClient;
import io.vertx.core.Vertx;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Learns when function containers stop (crash, kill, out of memory) from one Docker event stream for all of them. When
 * the stream breaks (the engine went away), it is opened again, with backoff, while containers are alive, and the
 * stops it missed meanwhile are replayed ({@code since} the last event it saw), so no exit goes unnoticed.
 */
final class ContainerExits {

    private static final Logger LOG = Logger.getLogger(ContainerExits.class);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final Docker docker;
    private final Vertx vertx;
    private final BiConsumer<String, Long> exited;
    private final BooleanSupplier containersAlive;
    private final Object opening = new Object();
    private volatile Closeable stream;
    private volatile boolean closed;
    /** Seconds since the epoch of the newest moment the stream is known to have covered; 0 before the first. */
    private volatile long coveredUntil;
    private volatile long backoffMs = 500;

    /** @param containersAlive whether anything is left to watch (else a broken stream is reopened lazily) */
    ContainerExits(Docker docker, Vertx vertx, BiConsumer<String, Long> exited, BooleanSupplier containersAlive) {
        this.docker = docker;
        this.vertx = vertx;
        this.exited = exited;
        this.containersAlive = containersAlive;
    }

    /** Opens the stream unless it is open; blocking, on a worker thread, before a container is started. */
    void ensureWatching(DockerClient client) {
        if (stream != null || closed) {
            return;
        }
        synchronized (opening) { // a few worker threads starting containers at once open one stream
            if (stream != null || closed) {
                return;
            }
            long since = coveredUntil == 0 ? 0 : coveredUntil - 1;
            AtomicBoolean ended = new AtomicBoolean();
            coveredUntil = System.currentTimeMillis() / 1000;
            stream = Containers.watchExits(client, since, (id, code) -> {
                coveredUntil = System.currentTimeMillis() / 1000;
                backoffMs = 500;
                exited.accept(id, code);
            }, () -> {
                if (ended.compareAndSet(false, true)) {
                    broken();
                }
            });
        }
    }

    private void broken() {
        stream = null;
        coveredUntil = System.currentTimeMillis() / 1000;
        if (closed || !containersAlive.getAsBoolean()) {
            return;
        }
        long delay = backoffMs;
        backoffMs = Math.min(MAX_BACKOFF_MS, delay * 2);
        LOG.debugf("Docker event stream ended; reopening in %d ms", delay);
        vertx.setTimer(delay, t -> docker.call("watch container exits", d -> {
            ensureWatching(d);
            return true;
        }).subscribe().with(ok -> { }, e -> {
            LOG.debugf("Cannot watch container exits yet: %s", e.getMessage());
            broken();
        }));
    }

    void close() {
        closed = true;
        Closeable s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Closing the Docker event stream: %s", e.getMessage());
            }
        }
    }
}
