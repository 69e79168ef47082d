package dev.fakecloud.lambda.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Removes the containers of environments that ended. A removal the Docker engine could not take (it was away) is
 * remembered and tried again when Docker is next known to answer, so that an outage leaves no container behind.
 */
final class ContainerRemovals {

    private static final Logger LOG = Logger.getLogger(ContainerRemovals.class);

    private final Docker docker;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    ContainerRemovals(Docker docker) {
        this.docker = docker;
    }

    /** Removes the container; {@code afterwards} runs once that has been tried, whether it worked or not. */
    void remove(String containerId, Runnable afterwards) {
        if (closed) { // shutting down: what is left is reaped in one go
            afterwards.run();
            return;
        }
        docker.call("remove a container", d -> {
            Containers.remove(d, containerId);
            return containerId;
        }).subscribe().with(id -> {
            pending.remove(id);
            afterwards.run();
        }, e -> {
            if (pending.add(containerId)) {
                LOG.debugf("Container %s is removed when Docker answers again: %s", containerId, e.getMessage());
            }
            afterwards.run();
        });
    }

    /** Tries the removals that failed; cheap when there are none. */
    void retry() {
        for (String id : pending) {
            remove(id, () -> { });
        }
    }

    void close() {
        closed = true;
    }

    int pending() {
        return pending.size();
    }
}
