package dev.fakecloud.lambda.control;

import dev.fakecloud.FakecloudConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Deployment packages on disk, content-addressed by SHA-256 so that identical uploads are stored once and code
 * never weighs on the heap. Lives in {@code fakecloud.data-dir} when set, else in a temporary directory that is
 * removed at shutdown.
 */
@ApplicationScoped
public class CodeBlobStore {

    private final Path root;
    private final boolean temporary;

    public CodeBlobStore(FakecloudConfig config) {
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

    /** Stores the bytes (once per content) and returns where they are. Blocking: call off the event loop. */
    public Path put(byte[] sha256, byte[] bytes) {
        Path target = root.resolve(HexFormat.of().formatHex(sha256) + ".zip");
        if (Files.exists(target)) {
            return target;
        }
        try {
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store code in " + root, e);
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
