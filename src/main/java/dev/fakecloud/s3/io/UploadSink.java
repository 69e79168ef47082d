package dev.fakecloud.s3.io;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.streams.ReadStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a request body into a file as it arrives, decoding {@code aws-chunked} framing and computing the MD5 (the
 * ETag) and the requested checksums on the way; the file is written through Vert.x's asynchronous file system, and
 * the body is paused while the file's write queue is full. Nothing holds more than a few buffers in memory.
 */
public final class UploadSink {

    /** What was received: its size, MD5, checksums (base64) and the trailer headers of a chunked body. */
    public record Received(long size, byte[] md5, Map<ChecksumAlgorithm, String> checksums,
            Map<String, String> trailers) {
    }

    private final ReadStream<Buffer> body;
    private final ChunkedDecoder decoder;
    private final MessageDigest md5;
    private final Map<ChecksumAlgorithm, ChecksumAlgorithm.Hasher> hashers = new EnumMap<>(ChecksumAlgorithm.class);
    private final Promise<Received> result = Promise.promise();
    private AsyncFile file;
    private long size;
    private boolean failed;
    private boolean ended;

    private UploadSink(ReadStream<Buffer> body, boolean chunked, List<ChecksumAlgorithm> algorithms) {
        this.body = body;
        this.decoder = chunked ? new ChunkedDecoder(this::write) : null;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
        algorithms.forEach(a -> hashers.put(a, a.hasher()));
    }

    /**
     * Receives {@code body} into {@code target} (created or truncated). Fails with the decoder's
     * {@link ChunkedDecoder.MalformedChunkException} on broken framing, or the stream's own failure; the file is
     * removed then.
     */
    public static Uni<Received> receive(Vertx vertx, ReadStream<Buffer> body, Path target, boolean chunked,
            List<ChecksumAlgorithm> algorithms, boolean fsync) {
        UploadSink sink = new UploadSink(body, chunked, algorithms);
        OpenOptions options = new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(true)
                .setDsync(fsync);
        vertx.fileSystem().open(target.toString(), options)
                .onSuccess(file -> sink.start(file))
                .onFailure(sink::fail);
        return Uni.createFrom().completionStage(sink.result.future().toCompletionStage())
                .onFailure().call(e -> Uni.createFrom().completionStage(
                        vertx.fileSystem().delete(target.toString()).otherwiseEmpty().toCompletionStage()));
    }

    private void start(AsyncFile opened) {
        this.file = opened;
        file.exceptionHandler(this::fail);
        body.exceptionHandler(this::fail);
        body.handler(buffer -> {
            if (failed) {
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
        md5.update(data.getByteBuf().nioBuffer());
        for (ChecksumAlgorithm.Hasher h : hashers.values()) {
            h.update(data.getByteBuf().nioBuffer());
        }
        size += data.length();
        file.write(data);
        if (file.writeQueueFull()) {
            body.pause();
            file.drainHandler(v -> body.resume());
        }
    }

    private void finish() {
        if (failed) {
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
        Map<ChecksumAlgorithm, String> checksums = new EnumMap<>(ChecksumAlgorithm.class);
        hashers.forEach((a, h) -> checksums.put(a, h.base64()));
        Received received = new Received(size, md5.digest(), checksums,
                decoder == null ? Map.of() : Map.copyOf(decoder.trailers()));
        file.close().onSuccess(v -> result.tryComplete(received)).onFailure(this::fail);
    }

    private void fail(Throwable e) {
        if (failed) {
            return;
        }
        failed = true;
        if (!ended) {
            // drain what is still coming; an ended request takes no handlers any more
            body.handler(ignored -> {
            });
            body.endHandler(null);
            body.resume();
        }
        if (file != null) {
            file.close();
        }
        result.tryFail(e);
    }
}
