package dev.fakecloud.core.store;

import dev.fakecloud.FakecloudConfig;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.util.List;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Comparator;
import org.jboss.logging.Logger;

/**
 * The one store every service keeps its state in: typed tables of immutable values, in memory, and persisted when
 * {@code fakecloud.data-dir} is set. A service creates its tables when it is built and changes them only through its
 * own service class. Opened at start-up, before anything is served, so restored state is there for the first
 * request.
 */
@Startup
@ApplicationScoped
public class StateStore {

    private static final Logger LOG = Logger.getLogger(StateStore.class);
    /** The journal is compacted into a snapshot once it grows past this. */
    static final long COMPACT_AFTER_BYTES = 64L * 1024 * 1024;

    private final StoreEngine engine;

    public StateStore(FakecloudConfig config) {
        Path dataDir = config.dataDir().map(Path::of).orElse(null);
        this.engine = new StoreEngine(new StoreEngine.Options(dataDir, config.dataFsync() == FakecloudConfig.Fsync.ALWAYS,
                COMPACT_AFTER_BYTES));
        if (engine.persistent()) {
            StoreEngine.RestoreReport r = engine.restored();
            LOG.infof("State in %s: %d rows restored from %d file(s) in %d ms%s", dataDir, r.rows(), r.files(),
                    r.millis(), r.tornTail() ? " (a torn write at the end of the journal was dropped)" : "");
        }
    }

    public boolean persistent() {
        return engine.persistent();
    }

    public StoreEngine.RestoreReport restored() {
        return engine.restored();
    }

    public <K, V> Table<K, V> table(String name, Class<K> key, Class<V> value) {
        return engine.table(name, key, value);
    }

    public <K, V> Table<K, V> sortedTable(String name, Class<K> key, Class<V> value, Comparator<? super K> order) {
        return engine.sortedTable(name, key, value, order);
    }

    public <K, V> Table<K, V> table(String name, Type key, Type value, Comparator<? super K> order) {
        return engine.table(name, key, value, order);
    }

    /**
     * Completes once every change made so far has reached the operating system (and the disk with
     * {@code fakecloud.data-fsync=always}): a reply waits for it before it acknowledges a write. Immediate in memory.
     */
    public Uni<Void> durable() {
        return Uni.createFrom().completionStage(engine.durable());
    }

    /** {@link #durable()} as a future, already complete when nothing is waiting to be written. */
    public java.util.concurrent.CompletableFuture<Void> written() {
        return engine.durable();
    }

    /** Compacts the journal into a snapshot in the background (after a restore). */
    public void compactInBackground() {
        engine.compactInBackground();
    }

    /** Once every service has taken its restored rows, the journal is compacted so the next start reads less. */
    void onStarted(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (engine.persistent()) {
            List<String> unclaimed = engine.unclaimedTables();
            if (!unclaimed.isEmpty()) {
                LOG.warnf("The data directory holds state no part of this fakecloud reads (%s); it is kept as it is",
                        unclaimed);
            }
            if (engine.restored().rows() > 0) {
                engine.compactInBackground();
            }
        }
    }

    @PreDestroy
    void close() {
        engine.close();
    }
}
