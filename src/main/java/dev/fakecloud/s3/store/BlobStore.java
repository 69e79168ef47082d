package dev.fakecloud.s3.store;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.s3.io.ChecksumAlgorithm;
import dev.fakecloud.s3.model.MultipartUpload;
import dev.fakecloud.s3.model.ObjectEntry;
import dev.fakecloud.s3.model.ObjectVersion;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Object bytes on disk, one file per object version or uploaded part, named by a random id: in
 * {@code <data-dir>/s3/blobs} when a data directory is set (and kept across restarts; files no version or part refers
 * to are removed at start-up), else in a temporary directory removed at shutdown. Blobs are immutable once written;
 * every blocking file operation runs on a worker thread.
 */
@ApplicationScoped
public class BlobStore {

    private static final Logger LOG = Logger.getLogger(BlobStore.class);
    private static final int COPY_BUFFER = 1 << 20;

    private final Path root;
    private final boolean temporary;
    private final boolean fsync;
    private final Vertx vertx;
    private final ObjectStore objects;
    private final UploadStore uploads;

    public BlobStore(FakecloudConfig config, Vertx vertx, ObjectStore objects, UploadStore uploads) {
        this.vertx = vertx;
        this.objects = objects;
        this.uploads = uploads;
        this.fsync = config.dataFsync() == FakecloudConfig.Fsync.ALWAYS;
        try {
            if (config.dataDir().isPresent()) {
                this.root = Files.createDirectories(Path.of(config.dataDir().get(), "s3", "blobs"));
                this.temporary = false;
            } else {
                this.root = Files.createTempDirectory("fakecloud-s3-");
                this.temporary = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the S3 object directory", e);
        }
    }

    /** A fresh blob id; its file does not exist yet. */
    public String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public Path path(String id) {
        return root.resolve(id);
    }

    /** Whether acknowledged object bytes are forced to the disk, as the state is. */
    public boolean fsync() {
        return fsync;
    }

    /** Removes blobs, in the background; a blob still being sent keeps its open file until the send ends. */
    public void delete(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        vertx.executeBlocking(() -> {
            for (String id : ids) {
                Files.deleteIfExists(path(id));
            }
            return null;
        }, false).onFailure(e -> LOG.warnf("Cannot remove object data: %s", e.getMessage()));
    }

    /** A new blob with the same bytes (a hard link when the file system allows it, else a copy). */
    public Uni<String> copy(String id) {
        String copy = newId();
        return blocking(() -> {
            try {
                Files.createLink(path(copy), path(id));
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(path(id), path(copy));
            }
            return copy;
        });
    }

    /** The result of {@link #concat}: the new blob, and its checksum and MD5 (hex) when they were asked for. */
    public record Joined(String id, long size, String checksum, String md5) {
    }

    /** A region of a blob. */
    public record Region(String id, long offset, long length) {
        public static Region all(String id) {
            return new Region(id, 0, -1);
        }
    }

    /**
     * Writes the regions one after the other into a new blob, computing {@code checksum} (nullable) and, when
     * {@code md5}, the MD5 over it.
     */
    public Uni<Joined> concat(List<Region> parts, ChecksumAlgorithm checksum, boolean md5) {
        String id = newId();
        return blocking(() -> {
            ChecksumAlgorithm.Hasher hasher = checksum == null ? null : checksum.hasher();
            java.security.MessageDigest digest = md5 ? java.security.MessageDigest.getInstance("MD5") : null;
            long size = 0;
            try (FileChannel out = FileChannel.open(path(id), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(COPY_BUFFER);
                for (Region part : parts) {
                    try (FileChannel in = FileChannel.open(path(part.id()), StandardOpenOption.READ)) {
                        long length = part.length() < 0 ? in.size() - part.offset() : part.length();
                        if (hasher == null && digest == null) {
                            long done = 0;
                            while (done < length) {
                                done += in.transferTo(part.offset() + done, length - done, out);
                            }
                            size += length;
                            continue;
                        }
                        long position = part.offset();
                        long end = part.offset() + length;
                        while (position < end) {
                            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                            int read = in.read(buffer, position);
                            if (read < 0) {
                                break;
                            }
                            position += read;
                            buffer.flip();
                            if (hasher != null) {
                                hasher.update(buffer.duplicate());
                            }
                            if (digest != null) {
                                digest.update(buffer.duplicate());
                            }
                            size += buffer.remaining();
                            while (buffer.hasRemaining()) {
                                out.write(buffer);
                            }
                        }
                    }
                }
                if (fsync) {
                    out.force(false);
                }
            } catch (IOException e) {
                Files.deleteIfExists(path(id));
                throw e;
            }
            return new Joined(id, size, hasher == null ? null : hasher.base64(),
                    digest == null ? null : java.util.HexFormat.of().formatHex(digest.digest()));
        });
    }

    /** What {@link #write} stored: the new blob, its size, MD5 (hex) and CRC64NVME (base64). */
    public record Written(String id, long size, String md5, String crc64nvme) {
    }

    /** Stores small bytes held in memory (a record another service hands S3) as a new blob, off the event loop. */
    public Uni<Written> write(byte[] bytes) {
        String id = newId();
        return blocking(() -> {
            Files.write(path(id), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Written(id, bytes.length,
                    java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes)),
                    ChecksumAlgorithm.CRC64NVME.of(bytes));
        });
    }

    /** Reads a whole blob into memory (for small consumers: deployment packages of at most 50 MB). Blocking. */
    public byte[] readAll(String id) {
        try {
            return Files.readAllBytes(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Object data " + id + " is unreadable", e);
        }
    }

    private <T> Uni<T> blocking(java.util.concurrent.Callable<T> work) {
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(work, false).toCompletionStage());
    }

    /** At start-up with a data directory: removes blobs nothing refers to (uploads a crash interrupted). */
    void onStart(@Observes StartupEvent event) {
        if (temporary) {
            return;
        }
        Set<String> live = new HashSet<>();
        for (ObjectEntry entry : objects.all()) {
            for (ObjectVersion v : entry.versions()) {
                if (v.blob() != null) {
                    live.add(v.blob());
                }
            }
        }
        for (MultipartUpload upload : uploads.all()) {
            upload.parts().values().forEach(p -> live.add(p.blob()));
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.toList()) {
                if (!live.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warnf("Cannot clean the S3 object directory %s: %s", root, e.getMessage());
        }
        if (removed > 0) {
            LOG.infof("Removed %d S3 object file(s) no object refers to (uploads a stop interrupted)", removed);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
