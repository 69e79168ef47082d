package dev.fakecloud.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip archives from untrusted callers: checks that bytes are a zip whose entries all stay inside it (no absolute
 * path, drive letter or {@code ..}), measures what they unpack to without trusting the sizes the archive claims
 * (stopping as soon as a limit is passed), and extracts so that no entry can leave the target directory even so
 * (absolute paths and {@code ..} are neutralised).
 */
public final class SafeZip {

    /** What an archive holds. */
    public record Summary(int entries, long unzippedSize) {
    }

    /** The bytes are not a readable zip archive. */
    public static final class NotAZipException extends Exception {
        public NotAZipException(String message) {
            super(message);
        }
    }

    /** The archive unpacks to more than the allowed size. */
    public static final class TooLargeException extends Exception {
        public TooLargeException(long limit) {
            super("unzipped size exceeds " + limit + " bytes");
        }
    }

    private SafeZip() {
    }

    public static boolean looksLikeZip(byte[] data) {
        return data != null && data.length >= 4 && data[0] == 'P' && data[1] == 'K'
                && ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
    }

    /**
     * Reads every entry to count real unpacked bytes; fails fast past {@code maxUnzipped}. An entry that would land
     * outside the directory it is unpacked into makes the archive unreadable.
     */
    public static Summary inspect(byte[] data, long maxUnzipped) throws NotAZipException, TooLargeException {
        if (!looksLikeZip(data)) {
            throw new NotAZipException("not a zip archive");
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (escapes(entry.getName())) {
                    throw new NotAZipException("entry outside the archive root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUnzipped) {
                        throw new TooLargeException(maxUnzipped);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new NotAZipException(e.getMessage());
        }
        return new Summary(entries, total);
    }

    /** Whether an entry name is absolute (a leading slash or a drive letter) or climbs out with {@code ..}. */
    public static boolean escapes(String entryName) {
        String normalized = entryName.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : normalized.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an entry goes under {@code root}: leading slashes, drive letters and {@code ..} segments are dropped, so
     * the result always lies inside {@code root}; {@code null} when nothing of the name remains.
     */
    public static Path resolveInside(Path root, String entryName) {
        String normalized = entryName.replace('\\', '/');
        StringBuilder clean = new StringBuilder();
        for (String part : normalized.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.endsWith(":")) {
                continue;
            }
            if (!clean.isEmpty()) {
                clean.append('/');
            }
            clean.append(part);
        }
        if (clean.isEmpty()) {
            return null;
        }
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(clean.toString()).normalize();
        return target.startsWith(base) ? target : null;
    }

    /** Extracts into {@code root}, never outside it. Returns the number of files written. */
    public static int extract(InputStream archive, Path root) throws IOException {
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path target = resolveInside(root, entry.getName());
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    zip.transferTo(out);
                }
                files++;
            }
        }
        return files;
    }
}
