package dev.fakecloud.persistence;

import dev.fakecloud.support.ServerProcess;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart test: fakecloud as its own process on a fresh data directory, started (and started again) by the test,
 * and killed after it.
 */
abstract class OnDataDirectory {

    @TempDir
    Path dataDir;
    ServerProcess server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts fakecloud on the data directory, with {@code env} added. */
    ServerProcess startServer(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("FAKECLOUD_DATA_DIR", dataDir.toString());
        server = ServerProcess.start(all);
        return server;
    }

    ServerProcess startServer() {
        return startServer(Map.of());
    }
}
