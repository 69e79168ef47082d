package dev.fakecloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fakecloud as its users run it: the packaged application ({@code target/quarkus-app}) in its own JVM, with the
 * environment given, so that tests can kill it (SIGKILL or SIGTERM) and start it again on the same data directory.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts fakecloud with {@code env} on a free port and waits until it answers. */
    public static ServerProcess start(Map<String, String> env) {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after the package phase");
        }
        int port = freePort();
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("FAKECLOUD_PORT", Integer.toString(port));
        return start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                jar.toString()), all, port);
    }

    /**
     * Runs {@code command} (which must serve on {@code port}) with {@code env} added to the environment, and waits
     * until it answers. {@code env} values that are null remove the variable.
     */
    public static ServerProcess start(List<String> command, Map<String, String> env, int port) {
        try {
            Path log = Files.createTempFile("fakecloud-it-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            env.forEach((k, v) -> {
                if (v == null) {
                    builder.environment().remove(k);
                } else {
                    builder.environment().put(k, v);
                }
            });
            ServerProcess server = new ServerProcess(builder.start(), port, log);
            server.awaitHealthy(Duration.ofSeconds(90));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** What the process printed so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: the process gets no chance to write anything more. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: the process shuts down as it does when a user stops it; returns its exit code. */
    public int stop() {
        process.destroy();
        return waitForExit();
    }

    public boolean alive() {
        return process.isAlive();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        Polling.until("fakecloud answers on port " + port + "\n" + log, timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("fakecloud exited with " + process.exitValue() + ":\n" + output());
            }
            return healthy();
        });
    }

    private boolean healthy() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint().resolve("/_fakecloud/health").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
