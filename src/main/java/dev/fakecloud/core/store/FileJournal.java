package dev.fakecloud.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * The append-only journal of a persistent store. Tables hand it their changes without waiting (a queue); one
 * writer thread serialises them and writes them in batches (group commit), forcing them to the disk first when
 * {@code fsync} is on. {@link #durable()} completes once everything recorded before the call has reached the
 * operating system (or the disk), which is what a reply to a client waits for. When the file grows past
 * {@code rollBytes} the writer starts the next generation and asks for a snapshot of it.
 */
final class FileJournal implements Journal {

    private static final Logger LOG = Logger.getLogger(FileJournal.class);
    private static final int MAX_BATCH = 4096;

    private record Entry(long seq, Table<?, ?> table, Object key, Object value) {
    }

    private record Waiter(long seq, CompletableFuture<Void> done) {
    }

    private final DataDirectory dir;
    private final RowCodec codec;
    private final boolean fsync;
    private final long rollBytes;
    private final LongConsumer rolled;
    private final LinkedBlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock appendLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private final Thread writer;
    private volatile long enqueued;
    private volatile long written;
    private volatile boolean stopping;
    private volatile boolean rollAllowed = true;
    private FileChannel channel;
    private long generation;
    private long size;

    FileJournal(DataDirectory dir, RowCodec codec, long generation, boolean fsync, long rollBytes, LongConsumer rolled) {
        this.dir = dir;
        this.codec = codec;
        this.fsync = fsync;
        this.rollBytes = rollBytes;
        this.rolled = rolled;
        this.generation = generation;
        try {
            open(generation);
        } catch (IOException e) {
            throw new StoreException("Cannot create the journal " + dir.journal(generation) + ": "
                    + DataDirectory.describe(e), e);
        }
        this.writer = new Thread(this::run, "fakecloud-journal");
        writer.setDaemon(true);
        writer.start();
    }

    long generation() {
        return generation;
    }

    @Override
    public void record(Table<?, ?> table, Object key, Object value) {
        appendLock.lock();
        try {
            long seq = enqueued + 1;
            queue.add(new Entry(seq, table, key, value));
            enqueued = seq;
        } finally {
            appendLock.unlock();
        }
    }

    /** Completes once every change recorded so far is written (and forced, with fsync on). */
    CompletableFuture<Void> durable() {
        long target = enqueued;
        if (written >= target) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiters.add(new Waiter(target, done));
        if (written >= target) {
            done.complete(null);
        }
        return done;
    }

    /** Whether a change is recorded but not yet written. */
    boolean pending() {
        return written < enqueued;
    }

    /** While a snapshot is being written, the journal keeps growing rather than rolling again. */
    void allowRoll(boolean allowed) {
        rollAllowed = allowed;
    }

    /** Rolls to a new generation now (between batches) and returns it; used for a snapshot on demand. */
    long rollNow() {
        CompletableFuture<Long> rolledTo = new CompletableFuture<>();
        queue.add(new Entry(-1, null, rolledTo, null));
        return rolledTo.join();
    }

    private void run() {
        List<Entry> batch = new ArrayList<>(MAX_BATCH);
        ByteArrayOutputStream frames = new ByteArrayOutputStream(1 << 16);
        ByteArrayOutputStream row = new ByteArrayOutputStream(1024);
        while (true) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch, frames, row);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "The journal writer failed; state changes may not survive a restart");
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Entry> batch, ByteArrayOutputStream frames, ByteArrayOutputStream row)
            throws InterruptedException {
        frames.reset();
        long last = written;
        List<CompletableFuture<Long>> rollRequests = new ArrayList<>();
        for (Entry e : batch) {
            if (e.seq() < 0) {
                @SuppressWarnings("unchecked")
                CompletableFuture<Long> request = (CompletableFuture<Long>) e.key();
                rollRequests.add(request);
                continue;
            }
            row.reset();
            try {
                codec.encode(row, e.table().name(), e.key(), e.value());
                Frames.append(frames, row.toByteArray(), row.size());
            } catch (RuntimeException failure) {
                LOG.errorf(failure, "Cannot journal a change of %s (key %s); it will not survive a restart",
                        e.table().name(), e.key());
            }
            last = e.seq();
        }
        writeFully(frames);
        written = last;
        completeWaiters();
        if (!rollRequests.isEmpty()) {
            long to = roll();
            rollRequests.forEach(r -> r.complete(to));
        } else if (size >= rollBytes && rollAllowed) {
            rolled.accept(roll());
        }
    }

    /** Writes until it succeeds: an acknowledged write must never be skipped, so a full disk blocks writers. */
    private void writeFully(ByteArrayOutputStream frames) throws InterruptedException {
        if (frames.size() == 0) {
            return;
        }
        long backoff = 100;
        while (true) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(frames.toByteArray(), 0, frames.size());
                long start = channel.position();
                try {
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                } catch (IOException partial) {
                    channel.truncate(start);
                    channel.position(start);
                    throw partial;
                }
                if (fsync) {
                    channel.force(false);
                }
                size += frames.size();
                return;
            } catch (IOException e) {
                LOG.errorf("Cannot write the journal %s (%s); retrying in %d ms", dir.journal(generation),
                        DataDirectory.describe(e), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(5000, backoff * 2);
            }
        }
    }

    private void completeWaiters() {
        long done = written;
        Iterator<Waiter> it = waiters.iterator();
        while (it.hasNext()) {
            Waiter w = it.next();
            if (w.seq() <= done) {
                it.remove();
                w.done().complete(null);
            }
        }
    }

    private long roll() {
        long next = generation + 1;
        try {
            channel.force(false);
            channel.close();
            open(next);
            generation = next;
        } catch (IOException e) {
            LOG.errorf("Cannot start journal %s (%s); staying on %s", dir.journal(next), DataDirectory.describe(e),
                    dir.journal(generation));
        }
        return generation;
    }

    private void open(long gen) throws IOException {
        channel = FileChannel.open(dir.journal(gen), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        byte[] header = Frames.header(Frames.JOURNAL_MAGIC, gen);
        ByteBuffer b = ByteBuffer.wrap(header);
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(true);
        dir.syncDirectory();
        size = header.length;
    }

    /** Writes what is queued, forces it to the disk and closes the file. */
    void close() {
        stopping = true;
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            LOG.warnf("Closing the journal %s: %s", dir.journal(generation), DataDirectory.describe(e));
        }
        completeWaiters();
    }
}
