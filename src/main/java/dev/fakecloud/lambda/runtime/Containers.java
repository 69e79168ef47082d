package dev.fakecloud.lambda.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The Docker side of execution environments: images (pulled with progress in the log when missing), containers
 * created with code copied in through the Docker API (never a bind mount), started, followed (output, exit) and
 * removed. Containers carry labels naming their owner process so that a later fakecloud can remove what a dead one
 * left behind. Blocking: call from worker threads.
 */
final class Containers {

    private static final Logger LOG = Logger.getLogger(Containers.class);

    static final String LABEL_MANAGED = "dev.fakecloud.managed";
    static final String LABEL_OWNER = "dev.fakecloud.owner";
    static final String LABEL_FUNCTION = "dev.fakecloud.function";
    static final String LABEL_VERSION = "dev.fakecloud.version";
    static final String SIDECAR_OWNER = "container:";
    static final String OWNER = ownerId();

    private Containers() {
    }

    /**
     * Who owns the containers this process starts: {@code container:<id>} when fakecloud runs in a container (its
     * siblings outlive it if it dies; the next fakecloud asks Docker whether that container still runs), else
     * {@code host:pid}.
     */
    private static String ownerId() {
        java.util.Optional<String> self = SelfContainer.id();
        if (self.isPresent()) {
            return SIDECAR_OWNER + self.get();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    static void ensureImage(DockerClient docker, String image, String runtime) {
        try {
            docker.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException missing) {
            LOG.infof("Pulling %s for %s", image, runtime);
        }
        try {
            docker.pullImageCmd(image).exec(new ResultCallback.Adapter<PullResponseItem>() {
                private String lastStatus;

                @Override
                public void onNext(PullResponseItem item) {
                    String status = item.getStatus();
                    if (status != null && !status.equals(lastStatus)) {
                        lastStatus = status;
                        LOG.infof("%s: %s%s", image, status, item.getProgress() == null ? "" : " " + item.getProgress());
                    }
                }
            }).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerUnavailableException("Interrupted while pulling " + image);
        } catch (RuntimeException e) {
            throw new DockerUnavailableException("The image " + image + " for runtime " + runtime + " is not available "
                    + "locally and could not be pulled (" + Docker.rootMessage(e) + "). Pull or build it, or choose "
                    + "another image with " + RuntimeImages.OVERRIDES_KEY + "=" + runtime + "=<image> or "
                    + RuntimeImages.REGISTRY_KEY + ".");
        }
    }

    /**
     * Creates the container, copies code and layers in, and starts it; returns its id.
     *
     * @param created told the id as soon as the container exists, before it starts
     */
    static String createAndStart(DockerClient docker, EnvironmentSpec spec, String envId, Map<String, String> env,
            NetworkPlan network, Consumer<String> created) {
        List<String> envList = new ArrayList<>();
        env.forEach((k, v) -> envList.add(k + "=" + v));
        HostConfig host = HostConfig.newHostConfig()
                .withInit(true)
                .withMemory((long) spec.memoryMb() * 1024 * 1024)
                .withMemorySwap((long) spec.memoryMb() * 1024 * 1024)
                .withTmpFs(Map.of("/tmp", "rw,exec,size=" + spec.ephemeralStorageMb() + "m"))
                .withNetworkMode(network.networkMode());
        if (network.extraHost() != null) {
            host.withExtraHosts(network.extraHost());
        }
        CreateContainerCmd create = docker.createContainerCmd(spec.image())
                .withName("fakecloud-" + spec.functionName() + "-" + envId.substring(0, 12))
                .withEnv(envList)
                .withLabels(Map.of(LABEL_MANAGED, "true", LABEL_OWNER, OWNER, LABEL_FUNCTION, spec.functionArn(),
                        LABEL_VERSION, spec.version()))
                .withHostConfig(host);
        if (spec.command() != null && !spec.command().isEmpty()) {
            create.withCmd(spec.command());
        }
        if (spec.entryPoint() != null && !spec.entryPoint().isEmpty()) {
            create.withEntrypoint(spec.entryPoint());
        }
        if (spec.workingDirectory() != null) {
            create.withWorkingDir(spec.workingDirectory());
        }
        String id = create.exec().getId();
        try {
            created.accept(id);
            if (spec.code() != null) {
                copy(docker, id, List.of(spec.code()), "/var/task");
            }
            if (!spec.layers().isEmpty()) {
                copy(docker, id, spec.layers(), "/opt");
            }
            docker.startContainerCmd(id).exec();
            return id;
        } catch (RuntimeException e) {
            try {
                remove(docker, id);
            } catch (RuntimeException unreachable) {
                e.addSuppressed(unreachable);
            }
            throw e;
        }
    }

    /** Copies the packages, as one tar spooled through a temporary file (never the heap), to {@code target}. */
    private static void copy(DockerClient docker, String id, List<java.nio.file.Path> zips, String target) {
        try (InputStream tar = CodeTar.spooled(zips)) {
            docker.copyArchiveToContainerCmd(id).withTarInputStream(tar).withRemotePath(target).exec();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read deployment package", e);
        }
    }

    /** Streams the container's output to {@code sink} until it stops; holds a thread (docker-java's) meanwhile. */
    static Closeable follow(DockerClient docker, String id, boolean fromStart, ContainerOutputs.Sink sink) {
        var logs = docker.logContainerCmd(id).withFollowStream(true).withStdOut(true).withStdErr(true);
        if (!fromStart) {
            logs.withTail(0);
        }
        return logs.exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                sink.output(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }

            @Override
            public void onError(Throwable throwable) {
                sink.ended();
            }

            @Override
            public void onComplete() {
                sink.ended();
            }
        });
    }

    /**
     * Reports {@code (containerId, exitCode)} whenever one of this process's containers stops, replaying those since
     * {@code sinceEpochSeconds} (0: only from now); {@code broken} runs once when the stream ends.
     */
    static Closeable watchExits(DockerClient docker, long sinceEpochSeconds, BiConsumer<String, Long> exited,
            Runnable broken) {
        var events = docker.eventsCmd().withLabelFilter(Map.of(LABEL_OWNER, OWNER)).withEventFilter("die");
        if (sinceEpochSeconds > 0) {
            events.withSince(Long.toString(sinceEpochSeconds));
        }
        return events.exec(new ResultCallback.Adapter<Event>() {
                    @Override
                    public void onNext(Event event) {
                        String code = event.getActor() == null || event.getActor().getAttributes() == null ? null
                                : event.getActor().getAttributes().get("exitCode");
                        exited.accept(event.getId(), code == null ? -1L : Long.parseLong(code));
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        broken.run();
                    }

                    @Override
                    public void onComplete() {
                        broken.run();
                    }
                });
    }

    /** Removes the container (gone already is fine); throws when the engine cannot be reached. */
    static void remove(DockerClient docker, String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            // already removed
        } catch (RuntimeException e) {
            if (Docker.unreachable(e)) {
                throw e;
            }
            LOG.debugf("Could not remove container %s: %s", id, e.getMessage());
        }
    }

    /** How function containers reach fakecloud running in container {@code self}: its network and address. */
    static NetworkPlan sidecarPlan(DockerClient docker, String self, String advertisedOverride) {
        com.github.dockerjava.api.command.InspectContainerResponse inspect;
        try {
            inspect = docker.inspectContainerCmd(self).exec();
        } catch (NotFoundException elsewhere) { // a container of another engine: that engine is not ours
            return NetworkPlan.of("auto", false, advertisedOverride);
        }
        String mode = inspect.getHostConfig() == null ? null : inspect.getHostConfig().getNetworkMode();
        var networks = inspect.getNetworkSettings() == null ? null : inspect.getNetworkSettings().getNetworks();
        if ("host".equals(mode) || networks == null || networks.isEmpty()) {
            return NetworkPlan.sidecar("host", null, null, advertisedOverride);
        }
        String name = networks.containsKey(mode) ? mode : networks.keySet().iterator().next();
        return NetworkPlan.sidecar(mode, name, networks.get(name).getIpAddress(), advertisedOverride);
    }

    /**
     * Removes this process's containers, and those of fakecloud processes that are gone: processes on this host
     * that no longer run, and sidecar containers Docker no longer runs.
     */
    static int reap(DockerClient docker, boolean ownToo) {
        List<Container> containers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LABEL_MANAGED, "true")).exec();
        String hostPrefix = OWNER.substring(0, OWNER.lastIndexOf(':') + 1);
        Map<String, Boolean> sidecars = new java.util.HashMap<>();
        int removed = 0;
        for (Container c : containers) {
            String owner = c.getLabels() == null ? null : c.getLabels().get(LABEL_OWNER);
            if (owner == null) {
                continue;
            }
            boolean mine = owner.equals(OWNER);
            boolean orphan = !mine && (owner.startsWith(SIDECAR_OWNER)
                    ? !sidecars.computeIfAbsent(owner, o -> running(docker, o.substring(SIDECAR_OWNER.length())))
                    : owner.startsWith(hostPrefix) && !alive(owner.substring(hostPrefix.length())));
            if ((mine && ownToo) || orphan) {
                remove(docker, c.getId());
                removed++;
            }
        }
        return removed;
    }

    private static boolean running(DockerClient docker, String container) {
        try {
            return Boolean.TRUE.equals(docker.inspectContainerCmd(container).exec().getState().getRunning());
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

}
