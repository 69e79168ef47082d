package dev.fakecloud.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeZipTest {

    @TempDir
    Path dir;

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                z.write(name.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void entriesThatTryToEscapeStayInsideTheTarget() throws IOException {
        Path root = dir.resolve("task");
        byte[] evil = zip("../../escaped.txt", "/etc/absolute.txt", "a/../../b.txt", "C:/windows.txt", "ok/file.py");
        int written = SafeZip.extract(new ByteArrayInputStream(evil), root);
        assertThat(written).isEqualTo(5);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(root));
        }
        assertThat(root.resolve("escaped.txt")).exists();
        assertThat(root.resolve("etc/absolute.txt")).exists();
        assertThat(root.resolve("ok/file.py")).hasContent("ok/file.py");
    }

    @Test
    void measuresRealUnzippedSizeAndStopsPastTheLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zeros"));
            z.write(new byte[5_000_000]);
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(SafeZip.inspect(bomb, 10_000_000).unzippedSize()).isEqualTo(5_000_000);
        assertThatThrownBy(() -> SafeZip.inspect(bomb, 1_000_000)).isInstanceOf(SafeZip.TooLargeException.class);
    }

    @Test
    void anArchiveWithAnEntryOutsideItsRootIsNotReadable() throws Exception {
        for (String name : new String[] {"../../escaped.txt", "/etc/absolute.txt", "a/../../b.txt", "C:/windows.txt",
                "..\\back.txt"}) {
            byte[] evil = zip("ok/file.py", name);
            assertThatThrownBy(() -> SafeZip.inspect(evil, 1_000_000)).as(name)
                    .isInstanceOf(SafeZip.NotAZipException.class);
        }
        assertThat(SafeZip.inspect(zip("ok/file.py", "./here.txt", "a/..b/c.txt"), 1_000_000).entries()).isEqualTo(3);
    }

    @Test
    void rejectsBytesThatAreNotAZip() {
        assertThatThrownBy(() -> SafeZip.inspect("hello".getBytes(StandardCharsets.UTF_8), 100))
                .isInstanceOf(SafeZip.NotAZipException.class);
    }
}
