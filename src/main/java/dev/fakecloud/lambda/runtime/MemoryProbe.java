package dev.fakecloud.lambda.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peak memory of a function container, read from its cgroup when fakecloud shares the host with the Docker
 * engine (cgroup v1 or v2); empty otherwise. Reads one small kernel file.
 */
final class MemoryProbe {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private MemoryProbe() {
    }

    static OptionalLong peakBytes(String containerId) {
        if (containerId == null) {
            return OptionalLong.empty();
        }
        for (Path candidate : List.of(
                ROOT.resolve("memory/docker/" + containerId + "/memory.max_usage_in_bytes"),
                ROOT.resolve("system.slice/docker-" + containerId + ".scope/memory.peak"),
                ROOT.resolve("docker/" + containerId + "/memory.peak"))) {
            try {
                return OptionalLong.of(Long.parseLong(Files.readString(candidate).trim()));
            } catch (IOException | NumberFormatException e) {
                // not this cgroup layout
            }
        }
        return OptionalLong.empty();
    }
}
