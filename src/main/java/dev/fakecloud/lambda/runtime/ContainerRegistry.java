package dev.fakecloud.lambda.runtime;

import com.github.dockerjava.api.DockerClient;
import io.vertx.core.Vertx;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The containers of live execution environments and what happens to them outside a request: which environment a
 * container belongs to (for Docker's exit events, one stream for all), their output streams, and their removal once
 * the environment has ended (retried when Docker was away).
 */
@Singleton
public class ContainerRegistry {

    private static final Logger LOG = Logger.getLogger(ContainerRegistry.class);

    private final Docker docker;
    private final ConcurrentHashMap<String, ExecutionEnvironment> byContainer = new ConcurrentHashMap<>();
    private final ContainerExits exits;
    private final ContainerRemovals removals;
    private final ContainerOutputs outputs;

    public ContainerRegistry(Docker docker, Vertx vertx) {
        this.docker = docker;
        this.exits = new ContainerExits(docker, vertx, this::exited, () -> !byContainer.isEmpty());
        this.removals = new ContainerRemovals(docker);
        this.outputs = new ContainerOutputs(docker);
    }

    ContainerOutputs outputs() {
        return outputs;
    }

    /** On the worker thread that is about to create a container: exits must be watched before it can stop. */
    void beforeCreate(DockerClient client) {
        exits.ensureWatching(client);
    }

    /** The container exists (not yet started): its exit is reported to {@code env}. */
    void created(String containerId, ExecutionEnvironment env) {
        byContainer.put(containerId, env);
    }

    /** Removals Docker could not take before (it was away) are tried again; called when it answers, and periodically. */
    void retryRemovals() {
        removals.retry();
    }

    /** The environment ended: forget its container and remove it; {@code afterwards} runs once that was tried. */
    void ended(ExecutionEnvironment env, Runnable afterwards) {
        byContainer.values().remove(env);
        String id = env.containerId();
        if (id == null) {
            afterwards.run();
        } else {
            removals.remove(id, afterwards);
        }
    }

    /** Containers of live environments. */
    int size() {
        return byContainer.size();
    }

    /** Removals waiting for Docker to answer again. */
    int pendingRemovals() {
        return removals.pending();
    }

    private void exited(String containerId, long exitCode) {
        ExecutionEnvironment env = byContainer.get(containerId);
        if (env != null) {
            env.exited(exitCode);
        }
    }

    /** At shutdown (before beans, the Docker client among them, are destroyed): remove what this process started. */
    void shutdown(@Observes ShutdownEvent event) {
        exits.close();
        outputs.close();
        removals.close();
        try { // also those whose removal is still in flight
            int removed = Containers.reap(docker.client(), true);
            LOG.debugf("Removed %d function container(s) at shutdown", removed);
        } catch (RuntimeException e) {
            LOG.debugf("Could not remove function containers at shutdown: %s", e.getMessage());
        }
    }
}
