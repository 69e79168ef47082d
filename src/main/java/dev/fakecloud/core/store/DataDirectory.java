package dev.fakecloud.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code state/} folder of a data directory: journals {@code journal-<generation>.fcj}, snapshots
 * {@code snapshot-<generation>.fcs} and a lock file that keeps a second fakecloud out. A snapshot of generation g
 * holds everything written before journal g began, so restoring means: the newest snapshot, then every journal
 * from its generation on.
 */
final class DataDirectory implements AutoCloseable {

    private static final Pattern JOURNAL = Pattern.compile("journal-(\\d{12})\\.fcj");
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{12})\\.fcs");

    final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory open(Path dataDir) {
        Path root = dataDir.resolve("state");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StoreException("Cannot use the data directory " + dataDir + ": " + describe(e)
                    + ". Point FAKECLOUD_DATA_DIR at a writable directory.", e);
        }
        if (!Files.isWritable(root)) {
            throw new StoreException("The data directory " + root + " is not writable. Point FAKECLOUD_DATA_DIR at a "
                    + "writable directory.");
        }
        Path lockFile = root.resolve(".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException("The data directory " + dataDir + " is in use by another fakecloud (lock "
                        + lockFile + "). Stop it, or give this one another FAKECLOUD_DATA_DIR.");
            }
            return new DataDirectory(root, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException("The data directory " + dataDir + " is already open in this process.");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the data directory " + lockFile + ": " + describe(e), e);
        }
    }

    Path journal(long generation) {
        return root.resolve(String.format("journal-%012d.fcj", generation));
    }

    Path snapshot(long generation) {
        return root.resolve(String.format("snapshot-%012d.fcs", generation));
    }

    Path snapshotInProgress(long generation) {
        return root.resolve(String.format("snapshot-%012d.fcs.partial", generation));
    }

    List<Long> journals() {
        return generations(JOURNAL);
    }

    List<Long> snapshots() {
        return generations(SNAPSHOT);
    }

    private List<Long> generations(Pattern pattern) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            files.forEach(f -> {
                Matcher m = pattern.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.add(Long.parseLong(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new StoreException("Cannot list the data directory " + root + ": " + describe(e), e);
        }
        Collections.sort(found);
        return found;
    }

    /** Makes a finished snapshot the current one, durably. */
    void publishSnapshot(long generation) throws IOException {
        Files.move(snapshotInProgress(generation), snapshot(generation), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
    }

    /** Forgets what the snapshot of {@code generation} makes redundant. */
    void deleteBefore(long generation) throws IOException {
        for (long g : journals()) {
            if (g < generation) {
                Files.deleteIfExists(journal(g));
            }
        }
        for (long g : snapshots()) {
            if (g < generation) {
                Files.deleteIfExists(snapshot(g));
            }
        }
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(root, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel
        }
        closeQuietly(lockChannel);
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
