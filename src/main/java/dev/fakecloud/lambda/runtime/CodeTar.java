package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.SafeZip;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
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

    /**
     * Writes one tar of every zip's entries to {@code out}, entry by entry (nothing is held in memory beyond the copy
     * buffer); blocking (reads the zips). {@code out} is left open.
     */
    public static void write(List<Path> zips, OutputStream out) throws IOException {
        @SuppressWarnings("resource") // finished, not closed: closing would close the caller's stream
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        Set<String> directories = new HashSet<>();
        for (Path zip : zips) {
            if (Files.isDirectory(zip)) {
                appendDirectory(zip, tar, directories);
            } else {
                append(zip, tar, directories);
            }
        }
        tar.finish();
        tar.flush();
    }

    /**
     * Writes the tar to a new temporary file and opens it for reading; the file goes away when the stream is closed
     * (on Unix it is unlinked at once, so not even a crash leaves it behind).
     */
    public static InputStream spooled(List<Path> zips) throws IOException {
        return spooled(zips, Path.of(System.getProperty("java.io.tmpdir")));
    }

    static InputStream spooled(List<Path> zips, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "fakecloud-code-", ".tar");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(zips, out);
            }
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
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

    /** A hot-reloaded function's directory: its regular files, executable ones kept executable. */
    private static void appendDirectory(Path root, TarArchiveOutputStream tar, Set<String> directories)
            throws IOException {
        List<Path> files;
        try (java.util.stream.Stream<Path> tree = Files.walk(root)) {
            files = tree.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : files) {
            String name = root.relativize(p).toString();
            parents(name, tar, directories);
            TarArchiveEntry file = new TarArchiveEntry(name);
            file.setMode(0100000 | (Files.isExecutable(p) ? 0755 : 0644));
            try (InputStream in = Files.newInputStream(p)) {
                byte[] bytes = in.readAllBytes(); // the size must be known first, and may change meanwhile
                file.setSize(bytes.length);
                tar.putArchiveEntry(file);
                tar.write(bytes);
            } catch (java.nio.file.NoSuchFileException gone) { // deleted while being copied
                continue;
            }
            tar.closeArchiveEntry();
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
