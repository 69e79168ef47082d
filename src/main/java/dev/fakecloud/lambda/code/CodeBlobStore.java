package dev.fakecloud.lambda.code;

import dev.fakecloud.FakecloudConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Deployment packages on disk, content-addressed by SHA-256 so that identical uploads are stored once and code
 * never weighs on the heap. Lives in {@code <data-dir>/lambda-code} when a data directory is set (and survives
 * restarts), else in a temporary directory removed at shutdown. Zips nothing refers to any more are removed at
 * start-up and after deletions.
 */
@ApplicationScoped
public class CodeBlobStore {

    private static final Logger LOG = Logger.getLogger(CodeBlobStore.class);
    /** A zip younger than this may belong to an upload whose version is not stored yet: never collected. */
    static final Duration GRACE = Duration.ofMinutes(5);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Path root;
    private final boolean temporary;
    private final Instance<BlobReferences> references;
    private final Vertx vertx;
    private final AtomicBoolean dirty = new AtomicBoolean();

    public CodeBlobStore(FakecloudConfig config, Instance<BlobReferences> references, Vertx vertx) {
        this.references = references;
        this.vertx = vertx;
        try {
            if (config.dataDir().isPresent()) {
                this.root = Files.createDirectories(Path.of(config.dataDir().get(), "lambda-code"));
                this.temporary = false;
            } else {
                this.root = Files.createTempDirectory("fakecloud-code-");
                this.temporary = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the code directory", e);
        }
    }

    /** Stores the bytes (once per content) and returns the blob's id. Blocking: call off the event loop. */
    public String put(byte[] sha256, byte[] bytes) {
        String id = HexFormat.of().formatHex(sha256);
        Path target = root.resolve(id + ".zip");
        try {
            if (Files.exists(target)) {
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                return id;
            }
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store code in " + root, e);
        }
    }

    /** Where a package's zip is, or null for an image. */
    public Path path(CodeArtifact code) {
        return code.blobId() == null ? null : root.resolve(code.blobId() + ".zip");
    }

    /** The exact bytes uploaded, or null for an image. Blocking: call off the event loop. */
    public byte[] read(CodeArtifact code) {
        Path path = path(code);
        if (path == null) {
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored code " + path + " is unreadable", e);
        }
    }

    /** Removes the zips no function or layer version refers to. Blocking. */
    public int collect() {
        Set<String> live = new HashSet<>();
        references.forEach(r -> live.addAll(r.referencedBlobs()));
        Instant cutoff = Instant.now().minus(GRACE);
        int removed = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean unused = name.endsWith(".part")
                        || name.endsWith(".zip") && !live.contains(name.substring(0, name.length() - 4));
                if (!unused) {
                    continue;
                }
                if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                    removed++;
                } else {
                    dirty.set(true);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Cannot collect unused code in %s: %s", root, e.getMessage());
        }
        return removed;
    }

    /** A version or layer was deleted or replaced: its zip may be unused now; the next sweep checks. */
    public void released() {
        dirty.set(true);
    }

    void onStart(@Observes StartupEvent event) {
        dirty.set(!temporary);
        vertx.setPeriodic(1000, SWEEP_EVERY.toMillis(), id -> {
            if (dirty.getAndSet(false)) {
                vertx.executeBlocking(() -> collect(), false).onSuccess(removed -> {
                    if (removed > 0) {
                        LOG.debugf("Removed %d deployment package(s) nothing refers to any more", removed);
                    }
                });
            }
        });
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
