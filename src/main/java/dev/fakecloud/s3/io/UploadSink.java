package dev.fakecloud.s3.io;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a request body into a file as it arrives, decoding {@code aws-chunked} framing on the event loop and
 * handing the data to two {@link Lane}s on worker threads that run side by side: one computes the MD5 (the ETag),
 * the other the requested checksums and writes the file through a plain {@code FileChannel} in gathered batches.
 * The body is paused while either lane has more than {@link #HIGH_WATER} bytes queued and resumed below
 * {@link #LOW_WATER}, so nothing holds more than a few megabytes in memory and the event loop never hashes or writes.
 */
public final class UploadSink {

    /** What was received: its size, MD5, checksums (base64) and the trailer headers of a chunked body. */
    public record Received(long size, byte[] md5, Map<ChecksumAlgorithm, String> checksums,
            Map<String, String> trailers) {
    }

    static final long HIGH_WATER = 8L << 20;
    static final long LOW_WATER = 2L << 20;

    private final ReadStream<Buffer> body;
    private final Context context;
    private final ChunkedDecoder decoder;
    private final MessageDigest md5;
    private final Lane digestLane;
    private final BlobWriter writer;
    private final Lane writeLane;
    private final Promise<Received> result = Promise.promise();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger lanesLeft = new AtomicInteger(2);
    private final AtomicBoolean resumeScheduled = new AtomicBoolean();
    private volatile boolean paused;
    private long size;
    private boolean ended;
    private boolean lanesEnded;

    private UploadSink(Vertx vertx, ReadStream<Buffer> body, Path target, boolean chunked,
            List<ChecksumAlgorithm> algorithms, boolean fsync) {
        this.body = body;
        this.context = vertx.getOrCreateContext();
        this.decoder = chunked ? new ChunkedDecoder(this::write) : null;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
        Map<ChecksumAlgorithm, ChecksumAlgorithm.Hasher> hashers = new EnumMap<>(ChecksumAlgorithm.class);
        algorithms.forEach(a -> hashers.put(a, a.hasher()));
        this.writer = new BlobWriter(target, hashers, fsync);
        this.digestLane = new Lane(context, new Lane.Work() {
            @Override
            public void accept(ByteBuffer[] batch, int count) {
                for (int i = 0; i < count; i++) {
                    md5.update(batch[i]);
                }
            }

            @Override
            public void finish(boolean failed) {
            }
        }, this::laneProgress, this::laneFailed, this::laneDone, this::failed);
        this.writeLane = new Lane(context, writer, this::laneProgress, this::laneFailed, this::laneDone,
                this::failed);
    }

    /**
     * Receives {@code body} into {@code target} (created or truncated). Fails with the decoder's
     * {@link ChunkedDecoder.MalformedChunkException} on broken framing, or the stream's own failure; the file is
     * removed then. Called on the event loop; the result arrives there too.
     */
    public static Uni<Received> receive(Vertx vertx, ReadStream<Buffer> body, Path target, boolean chunked,
            List<ChecksumAlgorithm> algorithms, boolean fsync) {
        UploadSink sink = new UploadSink(vertx, body, target, chunked, algorithms, fsync);
        sink.start();
        return Uni.createFrom().completionStage(sink.result.future().toCompletionStage());
    }

    private void start() {
        body.exceptionHandler(this::fail);
        body.handler(buffer -> {
            if (failure.get() != null) {
                return;
            }
            try {
                if (decoder != null) {
                    decoder.feed(buffer);
                } else {
                    write(buffer);
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        });
        body.endHandler(v -> {
            ended = true;
            finish();
        });
        body.resume();
    }

    private void write(Buffer data) {
        int length = data.length();
        if (length == 0) {
            return;
        }
        ByteBuffer bytes = data.getByteBuf().nioBuffer();
        size += length;
        digestLane.offer(bytes.duplicate());
        writeLane.offer(bytes);
        if (!paused && (digestLane.pending() > HIGH_WATER || writeLane.pending() > HIGH_WATER)) {
            paused = true;
            body.pause();
            // a lane may have drained below the low mark before it could see the pause
            laneProgress();
        }
    }

    /** Called by a lane after a batch (on a worker) and by the event loop: resumes the body once both are low. */
    private void laneProgress() {
        if (paused && drained() && resumeScheduled.compareAndSet(false, true)) {
            context.runOnContext(v -> {
                resumeScheduled.set(false);
                if (paused && drained() && failure.get() == null) {
                    paused = false;
                    body.resume();
                }
            });
        }
    }

    private boolean drained() {
        return digestLane.pending() < LOW_WATER && writeLane.pending() < LOW_WATER;
    }

    private void finish() {
        if (failure.get() != null) {
            return;
        }
        try {
            if (decoder != null) {
                decoder.finish();
            }
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        endLanes();
    }

    private void endLanes() {
        if (!lanesEnded) {
            lanesEnded = true;
            digestLane.end();
            writeLane.end();
        }
    }

    /** A lane's work failed (on a worker): the upload stops taking data, on the event loop. */
    private void laneFailed(Throwable error) {
        if (failure.compareAndSet(null, error)) {
            context.runOnContext(v -> fail(error));
        }
    }

    /** A lane has run its last work (on a worker); the last of the two settles the result on the event loop. */
    private void laneDone(Throwable error) {
        if (error != null) {
            laneFailed(error);
        }
        if (lanesLeft.decrementAndGet() > 0) {
            return;
        }
        context.runOnContext(v -> {
            Throwable failed = failure.get();
            if (failed != null) {
                result.tryFail(failed);
                return;
            }
            result.tryComplete(new Received(size, md5.digest(), writer.checksums(),
                    decoder == null ? Map.of() : Map.copyOf(decoder.trailers())));
        });
    }

    /** On the event loop: stops taking data, drains what still comes, and lets the lanes remove the file. */
    private void fail(Throwable e) {
        failure.compareAndSet(null, e);
        if (!ended) {
            ended = true;
            // drain what is still coming; an ended request takes no handlers any more
            body.handler(ignored -> {
            });
            body.endHandler(null);
            body.resume();
        }
        endLanes();
    }

    /** The write lane's work: checksums, then the bytes to the file; the file is removed when the upload failed. */
    private final class BlobWriter implements Lane.Work {
        private final Path target;
        private final Map<ChecksumAlgorithm, ChecksumAlgorithm.Hasher> hashers;
        private final boolean fsync;
        private final Map<ChecksumAlgorithm, String> checksums = new EnumMap<>(ChecksumAlgorithm.class);
        private java.nio.channels.FileChannel channel;

        BlobWriter(Path target, Map<ChecksumAlgorithm, ChecksumAlgorithm.Hasher> hashers, boolean fsync) {
            this.target = target;
            this.hashers = hashers;
            this.fsync = fsync;
        }

        private java.nio.channels.FileChannel channel() throws IOException {
            if (channel == null) {
                channel = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            }
            return channel;
        }

        @Override
        public void accept(ByteBuffer[] batch, int count) throws IOException {
            for (ChecksumAlgorithm.Hasher h : hashers.values()) {
                for (int i = 0; i < count; i++) {
                    h.update(batch[i].duplicate());
                }
            }
            java.nio.channels.FileChannel out = channel();
            long left = 0;
            for (int i = 0; i < count; i++) {
                left += batch[i].remaining();
            }
            while (left > 0) {
                left -= out.write(batch, 0, count);
            }
        }

        @Override
        public void finish(boolean failed) throws IOException {
            try {
                if (!failed) {
                    java.nio.channels.FileChannel out = channel();
                    if (fsync) {
                        out.force(false);
                    }
                    hashers.forEach((a, h) -> checksums.put(a, h.base64()));
                }
            } finally {
                if (channel != null) {
                    channel.close();
                }
                if (failed || failure.get() != null) {
                    java.nio.file.Files.deleteIfExists(target);
                }
            }
        }

        Map<ChecksumAlgorithm, String> checksums() {
            return checksums;
        }
    }

    boolean failed() {
        return failure.get() != null;
    }
}
