package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.SafeZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Turns deployment packages into the tar archive the Docker API copies into a container. Entry names are cleaned
 * as {@link SafeZip} does, so nothing lands outside the target directory; unix permissions recorded in the zip are
 * kept (a custom runtime's {@code bootstrap} must stay executable), everything else is readable by all. Several
 * zips (layers, in order) merge into one tree, later ones overwriting earlier ones, as Lambda merges layers in
 * {@code /opt}.
 */
public final class CodeTar {

    private static final Path ROOT = Path.of("/x");

    private CodeTar() {
    }

    /** One tar of every zip's entries; blocking (reads the zips). */
    public static byte[] of(List<Path> zips) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Set<String> directories = new HashSet<>();
            for (Path zip : zips) {
                append(zip, tar, directories);
            }
            tar.finish();
        }
        return out.toByteArray();
    }

    private static void append(Path zipPath, TarArchiveOutputStream tar, Set<String> directories) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Path inside = SafeZip.resolveInside(ROOT, entry.getName());
                if (inside == null) {
                    continue;
                }
                String name = ROOT.relativize(inside).toString();
                parents(name, tar, directories);
                int mode = entry.getUnixMode();
                if (entry.isDirectory()) {
                    if (directories.add(name)) {
                        TarArchiveEntry dir = new TarArchiveEntry(name + "/");
                        dir.setMode(0755 | 040000);
                        tar.putArchiveEntry(dir);
                        tar.closeArchiveEntry();
                    }
                    continue;
                }
                TarArchiveEntry file = new TarArchiveEntry(name);
                file.setMode(0100000 | ((mode & 0111) != 0 ? 0755 : 0644));
                file.setSize(entry.getSize() >= 0 ? entry.getSize() : measure(zip, entry));
                tar.putArchiveEntry(file);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(tar);
                }
                tar.closeArchiveEntry();
            }
        }
    }

    private static void parents(String name, TarArchiveOutputStream tar, Set<String> directories) throws IOException {
        int slash = name.indexOf('/');
        while (slash > 0) {
            String dir = name.substring(0, slash);
            if (directories.add(dir)) {
                TarArchiveEntry entry = new TarArchiveEntry(dir + "/");
                entry.setMode(0755 | 040000);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            slash = name.indexOf('/', slash + 1);
        }
    }

    private static long measure(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.transferTo(OutputStreamSink.INSTANCE);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
