package dev.fakecloud.lambda.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether fakecloud itself runs in a container (as a sidecar next to the Docker engine whose socket it was given),
 * and which: the id Docker knows it by, read once from the mounts the engine made for it.
 */
final class SelfContainer {

    private static final Pattern CONTAINER_ID = Pattern.compile("/containers/([0-9a-f]{64})/");
    private static final Optional<String> ID = detect(Path.of("/proc/self/mountinfo"));

    private SelfContainer() {
    }

    /** This process's container, when it runs in one. */
    static Optional<String> id() {
        return ID;
    }

    /**
     * The container id in a mount the engine makes for every container: its {@code /etc/hostname} (or hosts,
     * resolv.conf), whose source lies in the engine's directory for that container. A process on a Docker host sees
     * the engine's other mounts (a container's shm) but not these mount points.
     */
    static Optional<String> fromMount(String line) {
        String[] fields = line.split(" ");
        if (fields.length < 5) {
            return Optional.empty();
        }
        String mountPoint = fields[4];
        if (!mountPoint.equals("/etc/hostname") && !mountPoint.equals("/etc/hosts")
                && !mountPoint.equals("/etc/resolv.conf")) {
            return Optional.empty();
        }
        Matcher m = CONTAINER_ID.matcher(fields[3]);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> detect(Path mountinfo) {
        try {
            if (Files.isReadable(mountinfo)) {
                for (String line : Files.readAllLines(mountinfo)) {
                    Optional<String> id = fromMount(line);
                    if (id.isPresent()) {
                        return id;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
