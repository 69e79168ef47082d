package dev.fakecloud.core.store;

import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The store behind every service's tables. In memory only, or persistent in a data directory: opening it restores
 * the newest snapshot and the journals after it (a torn tail is dropped with a warning), and every change is then
 * journaled. Rows of a table are applied when the table is created, so a service that creates its tables when it is
 * built finds its state restored before it serves anything. Snapshots compact the journal in the background.
 */
public final class StoreEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoreEngine.class);

    /** How the data directory is used; {@code dataDir} null keeps everything in memory. */
    public record Options(Path dataDir, boolean fsync, long compactAfterBytes) {
    }

    /** What a restore found, for the start-up log and benchmarks. */
    public record RestoreReport(long rows, long files, long millis, boolean tornTail) {
    }

    private final RowCodec codec = new RowCodec();
    private final Map<String, Table<?, ?>> tables = new ConcurrentHashMap<>();
    /** Restored rows of tables not created yet, in journal order. */
    private final Map<String, List<byte[]>> pending = new LinkedHashMap<>();
    private final DataDirectory dir;
    private final FileJournal journal;
    private final AtomicBoolean snapshotting = new AtomicBoolean();
    private final RestoreReport restored;
    private volatile Thread snapshotThread;

    public StoreEngine(Options options) {
        if (options.dataDir() == null) {
            this.dir = null;
            this.journal = null;
            this.restored = new RestoreReport(0, 0, 0, false);
            return;
        }
        this.dir = DataDirectory.open(options.dataDir());
        try {
            long start = System.nanoTime();
            long[] next = {1};
            this.restored = restore(next, start);
            this.journal = new FileJournal(dir, codec, next[0], options.fsync(), options.compactAfterBytes(),
                    this::snapshotInBackground);
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public boolean persistent() {
        return dir != null;
    }

    public RestoreReport restored() {
        return restored;
    }

    /** The table of that name, created (and filled with its restored rows) on first call. */
    public <K, V> Table<K, V> table(String name, Class<K> key, Class<V> value) {
        return table(name, codec.type(key), codec.type(value), null);
    }

    /** A table whose keys are also kept in {@code order}, for listings and ranges. */
    public <K, V> Table<K, V> sortedTable(String name, Class<K> key, Class<V> value, Comparator<? super K> order) {
        return table(name, codec.type(key), codec.type(value), order);
    }

    /** A table with generic key or value types (e.g. {@code Map<String, String>}). */
    public <K, V> Table<K, V> table(String name, java.lang.reflect.Type key, java.lang.reflect.Type value,
            Comparator<? super K> order) {
        return table(name, codec.type(key), codec.type(value), order);
    }

    @SuppressWarnings("unchecked")
    private synchronized <K, V> Table<K, V> table(String name, JavaType key, JavaType value, Comparator<? super K> order) {
        Table<?, ?> existing = tables.get(name);
        if (existing != null) {
            if (!existing.keyType().equals(key) || !existing.valueType().equals(value)) {
                throw new IllegalStateException("table " + name + " exists with other types");
            }
            return (Table<K, V>) existing;
        }
        Table<K, V> table = new Table<>(name, key, value, order, journal == null ? Journal.NONE : journal);
        List<byte[]> rows = pending.remove(name);
        if (rows != null) {
            for (byte[] row : rows) {
                try {
                    RowCodec.Row r = codec.decode(row, key, value);
                    table.restore((K) r.key(), (V) r.value());
                } catch (IOException e) {
                    throw new StoreException("A row of table " + name + " in " + dir.root + " cannot be read as "
                            + value + " (" + e.getMessage() + "). The data directory was written by an incompatible "
                            + "fakecloud; use another FAKECLOUD_DATA_DIR.", e);
                }
            }
        }
        tables.put(name, table);
        return table;
    }

    /** Completes once every change made so far has reached the operating system (the disk, with fsync on). */
    public CompletableFuture<Void> durable() {
        return journal == null ? CompletableFuture.completedFuture(null) : journal.durable();
    }

    /** Writes a snapshot now and waits for it (tests and shutdown); no-op in memory. */
    public void compact() {
        if (journal == null) {
            return;
        }
        while (!snapshotting.compareAndSet(false, true)) {
            Thread t = snapshotThread;
            if (t != null) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        journal.allowRoll(false);
        try {
            writeSnapshot(journal.rollNow());
        } finally {
            journal.allowRoll(true);
            snapshotting.set(false);
        }
    }

    /** Starts a snapshot on its own thread (after a restore, so that the next start reads one file). */
    public void compactInBackground() {
        if (journal != null && !snapshotting.get()) {
            snapshotInBackground(journal.rollNow());
        }
    }

    private void snapshotInBackground(long generation) {
        if (!snapshotting.compareAndSet(false, true)) {
            return;
        }
        journal.allowRoll(false);
        Thread t = new Thread(() -> {
            try {
                writeSnapshot(generation);
            } finally {
                journal.allowRoll(true);
                snapshotting.set(false);
                snapshotThread = null;
            }
        }, "fakecloud-snapshot");
        t.setDaemon(true);
        snapshotThread = t;
        t.start();
    }

    /**
     * Writes every row as of now into the snapshot of {@code generation}: with the journal of that generation
     * (already begun), it restores everything. Rows changed while the snapshot is written are also in that journal,
     * and replaying a row is idempotent, so the snapshot needs no lock.
     */
    private void writeSnapshot(long generation) {
        long start = System.nanoTime();
        Path partial = dir.snapshotInProgress(generation);
        long rows = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16)) {
            out.write(Frames.header(Frames.SNAPSHOT_MAGIC, generation));
            ByteArrayOutputStream frame = new ByteArrayOutputStream(1 << 12);
            ByteArrayOutputStream row = new ByteArrayOutputStream(1 << 12);
            for (Table<?, ?> table : List.copyOf(tables.values())) {
                for (Map.Entry<?, ?> e : table.entries()) {
                    row.reset();
                    codec.encode(row, table.name(), e.getKey(), e.getValue());
                    frame.reset();
                    Frames.append(frame, row.toByteArray(), row.size());
                    frame.writeTo(out);
                    rows++;
                }
            }
            synchronized (this) {
                for (List<byte[]> unclaimed : pending.values()) {
                    for (byte[] raw : unclaimed) {
                        frame.reset();
                        Frames.append(frame, raw, raw.length);
                        frame.writeTo(out);
                        rows++;
                    }
                }
            }
            byte[] end = codec.endMarker(rows);
            frame.reset();
            Frames.append(frame, end, end.length);
            frame.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Cannot write the snapshot %s (%s); the journal keeps everything meanwhile", partial,
                    e.getMessage());
            return;
        }
        try (var ch = java.nio.channels.FileChannel.open(partial, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.warnf("Cannot force the snapshot %s to disk: %s", partial, e.getMessage());
        }
        try {
            dir.publishSnapshot(generation);
            dir.deleteBefore(generation);
        } catch (IOException e) {
            LOG.errorf("Cannot install the snapshot %s: %s", partial, DataDirectory.describe(e));
            return;
        }
        LOG.debugf("Snapshot %d written: %d rows in %d ms", generation, rows, (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads the newest snapshot and the journals after it into {@link #pending}; sets the next generation. */
    private RestoreReport restore(long[] nextGeneration, long start) {
        List<Long> snapshots = dir.snapshots();
        List<Long> journals = dir.journals();
        long base = snapshots.isEmpty() ? 0 : snapshots.get(snapshots.size() - 1);
        long[] rows = {0};
        long files = 0;
        boolean torn = false;
        if (base > 0) {
            Path file = dir.snapshot(base);
            boolean[] ended = {false};
            Frames.Contents c = readFile(file, Frames.SNAPSHOT_MAGIC, row -> {
                if (codec.isEndMarker(row)) {
                    ended[0] = true;
                } else {
                    addPending(file, row);
                    rows[0]++;
                }
            });
            if (!ended[0] || c.torn()) {
                throw new StoreException("The snapshot " + file + " is damaged (it ends after " + c.validBytes()
                        + " of " + c.fileBytes() + " bytes without its end mark). Restore the data directory from a "
                        + "backup or remove it to start empty.");
            }
            files++;
        }
        List<Long> replay = new ArrayList<>();
        for (long g : journals) {
            if (g >= base) {
                replay.add(g);
            }
        }
        for (int i = 0; i < replay.size(); i++) {
            Path file = dir.journal(replay.get(i));
            Frames.Contents c = readFile(file, Frames.JOURNAL_MAGIC, row -> {
                addPending(file, row);
                rows[0]++;
            });
            files++;
            if (c.torn()) {
                boolean last = i == replay.size() - 1;
                if (!last) {
                    throw new StoreException("The journal " + file + " is damaged at byte " + c.validBytes() + " of "
                            + c.fileBytes() + ", and newer journals follow it. Restore the data directory from a "
                            + "backup or remove it to start empty.");
                }
                torn = true;
                LOG.warnf("The journal %s ends with a torn write (%d bytes after byte %d, from a crash while "
                        + "writing): dropped. Nothing that was acknowledged is lost.", file,
                        c.fileBytes() - c.validBytes(), c.validBytes());
                truncate(file, c.validBytes());
            }
        }
        long newest = Math.max(base, journals.isEmpty() ? 0 : journals.get(journals.size() - 1));
        nextGeneration[0] = newest + 1;
        return new RestoreReport(rows[0], files, (System.nanoTime() - start) / 1_000_000, torn);
    }

    private Frames.Contents readFile(Path file, byte[] magic, java.util.function.Consumer<byte[]> sink) {
        try {
            return Frames.read(file, magic, sink);
        } catch (IOException e) {
            throw new StoreException("Cannot read the state file " + file + ": " + DataDirectory.describe(e), e);
        }
    }

    private void addPending(Path file, byte[] row) {
        String table;
        try {
            table = codec.tableOf(row);
        } catch (IOException e) {
            throw new StoreException("The state file " + file + " holds a row that is not fakecloud's ("
                    + e.getMessage() + ")", e);
        }
        if (table != null) {
            pending.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        }
    }

    private static void truncate(Path file, long length) {
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        } catch (IOException e) {
            LOG.warnf("Cannot cut the torn tail off %s: %s", file, e.getMessage());
        }
    }

    /** Names of restored tables that nothing has claimed (a service of another fakecloud version). */
    public synchronized List<String> unclaimedTables() {
        return List.copyOf(pending.keySet());
    }

    /** Writes what is pending, snapshots (so the next start is quick) and releases the data directory. */
    @Override
    public void close() {
        if (journal == null) {
            return;
        }
        try {
            compact();
        } catch (RuntimeException e) {
            LOG.warnf("No snapshot at shutdown: %s", e.getMessage());
        }
        journal.close();
        dir.close();
    }

    /** Closes without a final snapshot, as a crash would leave it (tests of recovery). */
    void abandon() {
        if (journal != null) {
            journal.close();
            dir.close();
        }
    }
}
