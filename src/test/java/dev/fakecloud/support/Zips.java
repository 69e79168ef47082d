package dev.fakecloud.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;

/** Builds deployment packages in memory. */
public final class Zips {

    private Zips() {
    }

    public static byte[] of(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip whose entries named in {@code executables} carry mode 755, as a custom runtime's bootstrap needs. */
    public static byte[] executable(Map<String, String> files, String... executables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Set<String> exec = java.util.Set.of(executables);
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
                new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry =
                        new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(f.getKey());
                entry.setUnixMode(exec.contains(f.getKey()) ? 0100755 : 0100644);
                zip.putArchiveEntry(entry);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static SdkBytes pythonHandler() {
        return SdkBytes.fromByteArray(of(Map.of("handler.py", "def handler(event, context):\n    return event\n")));
    }
}
