package dev.fakecloud.lambda.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peak memory of one function container, read from its cgroup when fakecloud shares the host with the Docker
 * engine (cgroup v1 or v2); empty otherwise. The cgroup file is looked for once, on the first read, and remembered
 * (also when there is none, so that later reads cost nothing). Reads a kernel file: call off the event loop.
 */
final class MemoryProbe {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private final String containerId;
    /** The file to read once found; {@code NONE} when no layout matched. Written by whichever read finds it. */
    private volatile Path file;
    private static final Path NONE = Path.of("");

    MemoryProbe(String containerId) {
        this.containerId = containerId;
    }

    /** True once it is known that this host exposes no cgroup file for the container (reads would be empty). */
    boolean unavailable() {
        return file == NONE;
    }

    OptionalLong peakBytes() {
        Path known = file;
        if (known == NONE) {
            return OptionalLong.empty();
        }
        if (known != null) {
            return read(known);
        }
        for (Path candidate : candidates(containerId)) {
            OptionalLong peak = read(candidate);
            if (peak.isPresent()) {
                file = candidate;
                return peak;
            }
        }
        file = NONE;
        return OptionalLong.empty();
    }

    private static List<Path> candidates(String id) {
        return List.of(
                ROOT.resolve("memory/docker/" + id + "/memory.max_usage_in_bytes"),
                ROOT.resolve("system.slice/docker-" + id + ".scope/memory.peak"),
                ROOT.resolve("docker/" + id + "/memory.peak"));
    }

    private static OptionalLong read(Path path) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(path).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
