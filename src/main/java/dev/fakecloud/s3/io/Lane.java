package dev.fakecloud.s3.io;

import io.vertx.core.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One ordered stage of an upload on Vert.x's worker threads: the event loop offers buffers and the lane's work
 * takes them in order, up to {@link #BATCH} at a time, one task at a time (so the work needs no locks of its own). A
 * task yields its worker after {@link #ROUNDS} batches and goes on in a fresh one, so a long upload never holds a
 * worker long enough to look blocked. After {@link #end} the work's {@code finish} runs once, then {@code done}.
 */
final class Lane {

    /** What a lane does with its data; called on a worker, never twice at once. */
    interface Work {
        void accept(ByteBuffer[] batch, int count) throws IOException;

        /** After the last batch; {@code failed} when the upload failed (the work then only cleans up). */
        void finish(boolean failed) throws IOException;
    }

    static final int BATCH = 64;
    static final int ROUNDS = 256;

    private final Context context;
    private final Work work;
    private final Runnable progress;
    private final Consumer<Throwable> failed;
    private final Consumer<Throwable> done;
    private final BooleanSupplier aborted;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private final AtomicLong pending = new AtomicLong();
    private final ByteBuffer[] batch = new ByteBuffer[BATCH];
    private boolean scheduled;
    private boolean ended;
    private boolean finished;
    private Throwable error;

    /**
     * @param progress run after every batch (backpressure)
     * @param failed told at once when the work throws
     * @param done told when the lane has finished, with the work's error or null
     * @param aborted whether the upload failed elsewhere (the lane then skips its data)
     */
    Lane(Context context, Work work, Runnable progress, Consumer<Throwable> failed, Consumer<Throwable> done,
            BooleanSupplier aborted) {
        this.context = context;
        this.work = work;
        this.progress = progress;
        this.failed = failed;
        this.done = done;
        this.aborted = aborted;
    }

    /** Bytes offered and not yet taken by the work. */
    long pending() {
        return pending.get();
    }

    void offer(ByteBuffer data) {
        boolean schedule;
        synchronized (this) {
            if (ended) {
                return;
            }
            pending.addAndGet(data.remaining());
            queue.add(data);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            submit();
        }
    }

    /** No more data: the work finishes after what is queued. Idempotent. */
    void end() {
        boolean schedule;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            submit();
        }
    }

    private void submit() {
        context.executeBlocking(() -> {
            run();
            return null;
        }, false);
    }

    private void run() {
        for (int round = 0; round < ROUNDS; round++) {
            int count = 0;
            boolean last;
            synchronized (this) {
                while (count < BATCH && !queue.isEmpty()) {
                    batch[count++] = queue.poll();
                }
                last = ended && queue.isEmpty();
                if (count == 0 && !last) {
                    scheduled = false;
                    return;
                }
                if (last) {
                    if (finished) {
                        return;
                    }
                    finished = true;
                }
            }
            if (count > 0) {
                long bytes = 0;
                for (int i = 0; i < count; i++) {
                    bytes += batch[i].remaining();
                }
                if (error == null && !aborted.getAsBoolean()) {
                    try {
                        work.accept(batch, count);
                    } catch (IOException | RuntimeException e) {
                        error = e;
                        failed.accept(e);
                    }
                }
                Arrays.fill(batch, 0, count, null);
                pending.addAndGet(-bytes);
                progress.run();
            }
            if (last) {
                try {
                    work.finish(error != null || aborted.getAsBoolean());
                } catch (IOException | RuntimeException e) {
                    if (error == null) {
                        error = e;
                    }
                }
                done.accept(error);
                return;
            }
        }
        submit();
    }
}
