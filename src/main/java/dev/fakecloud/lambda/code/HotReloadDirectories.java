package dev.fakecloud.lambda.code;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The directories hot-reloaded functions take their code from, watched for changes (the operating system's file
 * notifications, one thread for all of them): each has a generation that grows whenever a file below it is created,
 * changed or deleted, so that the engine starts environments with the new files instead of reusing old ones.
 */
@ApplicationScoped
public class HotReloadDirectories {

    private static final Logger LOG = Logger.getLogger(HotReloadDirectories.class);

    private final Map<Path, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<WatchKey, Path> roots = new ConcurrentHashMap<>();
    private volatile WatchService watcher;

    /**
     * The directory's generation, a number that changes whenever its files do. Never blocks: a directory not yet
     * watched (a function restored from the data directory) is watched from now on, by the watching thread.
     */
    public long generation(Path root) {
        AtomicLong generation = generations.get(root);
        if (generation != null) {
            return generation.get();
        }
        Thread.ofVirtual().name("fakecloud-hot-reload-register").start(() -> watch(root));
        return 0;
    }

    /** Watches {@code root} and every directory below it; blocking (walks the tree): call off the event loop. */
    public void watch(Path root) {
        AtomicLong generation = generations.computeIfAbsent(root, r -> new AtomicLong());
        try {
            register(root, root);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot watch %s for changes (%s): changes are seen only when environments restart", root,
                    e.getMessage());
        }
        generation.incrementAndGet();
    }

    private void register(Path root, Path dir) throws IOException {
        WatchService service = service();
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                WatchKey key = d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                roots.put(key, root);
            }
        }
    }

    private synchronized WatchService service() throws IOException {
        if (watcher == null) {
            watcher = FileSystems.getDefault().newWatchService();
            Thread.ofPlatform().daemon().name("fakecloud-hot-reload").start(this::run);
        }
        return watcher;
    }

    private void run() {
        WatchService service = watcher;
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path root = roots.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (root != null && event.context() instanceof Path name && key.watchable() instanceof Path dir) {
                    Path changed = dir.resolve(name);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        try {
                            register(root, changed);
                        } catch (IOException | RuntimeException e) {
                            LOG.debugf("Cannot watch %s: %s", changed, e.getMessage());
                        }
                    }
                }
            }
            if (root != null) {
                generations.get(root).incrementAndGet();
            }
            if (!key.reset()) {
                roots.remove(key);
            }
        }
    }

    @PreDestroy
    void close() {
        WatchService service = watcher;
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing at shutdown
            }
        }
    }
}
