package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Zips;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deployment packages become the tar the Docker API copies in, spooled through a file that goes away after use. */
class CodeTarTest {

    @TempDir
    Path dir;

    @Test
    void layersMergeInOrderAndTheSpoolFileIsRemovedOnClose() throws IOException {
        Path first = dir.resolve("a.zip");
        Path second = dir.resolve("b.zip");
        Files.write(first, Zips.of(Map.of("python/one.py", "1", "shared.txt", "first")));
        Files.write(second, Zips.executable(Map.of("shared.txt", "second", "bootstrap", "#!/bin/sh"), "bootstrap"));
        List<String> names = new ArrayList<>();
        String shared = null;
        int bootstrapMode = 0;
        Path tmp = Files.createDirectory(dir.resolve("spool"));
        long spoolsBefore = spools(tmp);
        try (InputStream in = CodeTar.spooled(List.of(first, second), tmp);
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            // on Unix the spool file is unlinked as soon as it is opened: nothing is left behind, even on a crash
            assertThat(spools(tmp)).isEqualTo(spoolsBefore);
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                if (e.getName().equals("shared.txt")) {
                    shared = new String(tar.readAllBytes());
                }
                if (e.getName().equals("bootstrap")) {
                    bootstrapMode = e.getMode() & 0777;
                }
            }
        }
        assertThat(spools(tmp)).isEqualTo(spoolsBefore);
        assertThat(names).contains("python/", "python/one.py", "bootstrap");
        assertThat(shared).isEqualTo("second");
        assertThat(bootstrapMode).isEqualTo(0755);
    }

    private static long spools(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("fakecloud-code-")).count();
        }
    }
}
