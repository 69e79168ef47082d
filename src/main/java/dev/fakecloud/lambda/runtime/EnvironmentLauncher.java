package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.code.CodeBlobStore;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.layers.LayerService;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionShapes.ImageConfig;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts execution environments: each gets a Vert.x event-loop context of its own, its Runtime API server on that
 * context first (the container needs its address), then the image (one check or pull per image at a time), then the
 * container with AWS's environment, code in {@code /var/task} and layers in {@code /opt}. A runtime that does not
 * ask for its first event within the init timeout fails the launch.
 */
@Singleton
public class EnvironmentLauncher {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EnvironmentLauncher.class);

    private final Docker docker;
    private final RuntimeImages images;
    private final LayerService layers;
    private final CodeBlobStore blobs;
    private final Vertx vertx;
    private final FakecloudConfig config;
    private final ContainerRegistry containers;
    private final ImagePulls pulls;
    private final Duration initTimeout;
    private volatile NetworkPlan network;

    public EnvironmentLauncher(Docker docker, RuntimeImages images, LayerService layers, CodeBlobStore blobs,
            Vertx vertx, FakecloudConfig config, ContainerRegistry containers, ImagePulls pulls) {
        this.blobs = blobs;
        this.docker = docker;
        this.images = images;
        this.layers = layers;
        this.vertx = vertx;
        this.config = config;
        this.containers = containers;
        this.pulls = pulls;
        this.initTimeout = config.lambda().initTimeout();
    }

    /** A new environment of the target version, not yet launched, confined to a new event-loop context. */
    ExecutionEnvironment create(ResolvedFunction target, String initType, ExecutionEnvironment.Owner owner) {
        ContextInternal context = ((VertxInternal) vertx).createEventLoopContext();
        return new ExecutionEnvironment(spec(target), EnvironmentVariables.logGroup(target.version().config()),
                initType, context, owner, containers.outputs());
    }

    /**
     * Launches the environment; completes once its runtime has asked for its first event. Fails with
     * {@link DockerUnavailableException} when Docker cannot be reached and {@link ExecutionEnvironment.InitTimedOut}
     * when the runtime takes longer than the init timeout; the caller then tells the environment
     * ({@link ExecutionEnvironment#failed}).
     */
    Uni<ExecutionEnvironment> launch(ExecutionEnvironment env, ResolvedFunction target) {
        return network().chain(plan -> launch(env, target, plan));
    }

    private Uni<ExecutionEnvironment> launch(ExecutionEnvironment env, ResolvedFunction target, NetworkPlan plan) {
        EnvironmentSpec spec = env.spec;
        String runtime = spec.runtime() == null ? "an image function" : spec.runtime();
        return RuntimeApiServer.start(env.context(), plan.bindHost(), env)
                .invoke(env::attach)
                .call(api -> pulls.ensure(spec.image(), runtime))
                .chain(api -> {
                    Map<String, String> variables = EnvironmentVariables.of(target.function().scope(),
                            target.version().config(), plan.advertisedHost() + ":" + api.port(),
                            "http://" + plan.advertisedHost() + ":" + fakecloudPort(), env.initializationType,
                            env.logStream);
                    return docker.call("start a container for " + spec.functionName(), d -> {
                        containers.beforeCreate(d);
                        return Containers.createAndStart(d, spec, env.id, variables, plan,
                                id -> containers.created(id, env));
                    });
                })
                .invoke(id -> {
                    env.started(id);
                    containers.retryRemovals();
                })
                .chain(id -> env.initialisation().ifNoItem().after(initTimeout)
                        .failWith(() -> new ExecutionEnvironment.InitTimedOut(initTimeout.toSeconds())));
    }

    private EnvironmentSpec spec(ResolvedFunction target) {
        FunctionConfiguration c = target.version().config();
        CodeArtifact code = target.version().code();
        Scope scope = target.function().scope();
        String arn = LambdaArns.function(scope, c.functionName(), null);
        int memory = c.memorySize() == null ? 128 : c.memorySize();
        int storage = c.ephemeralStorage() == null || c.ephemeralStorage().size() == null ? 512
                : c.ephemeralStorage().size();
        int timeout = c.timeout() == null ? 3 : c.timeout();
        if (code.isImage()) {
            ImageConfig ic = c.imageConfigResponse() == null ? null : c.imageConfigResponse().imageConfig();
            return new EnvironmentSpec(c.functionName(), arn, c.version(), null, code.imageUri(),
                    ic == null ? null : ic.command(), ic == null ? null : ic.entryPoint(),
                    ic == null ? null : ic.workingDirectory(), Map.of(), memory, storage, timeout, null, List.of(),
                    jsonLogs(c));
        }
        return new EnvironmentSpec(c.functionName(), arn, c.version(), c.runtime(), images.imageFor(c.runtime()),
                List.of(c.handler()), null, null, Map.of(), memory, storage, timeout,
                code.isHotReload() ? Path.of(code.hotReloadDirectory()) : blobs.path(code), layerZips(scope, c),
                jsonLogs(c));
    }

    /** Whether the function logs in JSON ({@code LoggingConfig.LogFormat}), system lines included. */
    private static boolean jsonLogs(FunctionConfiguration c) {
        return c.loggingConfig() != null && "JSON".equals(c.loggingConfig().logFormat());
    }

    private List<Path> layerZips(Scope scope, FunctionConfiguration c) {
        List<Path> zips = new ArrayList<>();
        if (c.layers() == null) {
            return zips;
        }
        for (LayerReference ref : c.layers()) {
            String[] parts = ref.arn().split(":");
            if (parts.length < 8) {
                continue;
            }
            Scope owner = new Scope(parts[4], parts[3]);
            layers.find(owner, parts[6], Long.parseLong(parts[7]))
                    .ifPresent(v -> zips.add(blobs.path(v.code())));
        }
        return zips;
    }

    /**
     * How containers reach fakecloud, decided once: as configured, or, when fakecloud itself runs in a container,
     * from what Docker says of that container (its network mode and address), asked on a worker thread.
     */
    private Uni<NetworkPlan> network() {
        NetworkPlan plan = network;
        if (plan != null) {
            return Uni.createFrom().item(plan);
        }
        String configured = config.lambda().dockerNetwork();
        String advertised = config.lambda().advertisedHost().orElse(null);
        java.util.Optional<String> self = SelfContainer.id();
        if (self.isEmpty() || !NetworkPlan.automatic(configured)) {
            network = NetworkPlan.of(configured, docker.local(), advertised);
            return Uni.createFrom().item(network);
        }
        return docker.call("inspect fakecloud's own container", d -> Containers.sidecarPlan(d, self.get(), advertised))
                .invoke(p -> {
                    LOG.infof("Running in container %s: function containers join network %s and reach fakecloud at %s",
                            self.get().substring(0, 12), p.networkMode(), p.advertisedHost());
                    network = p;
                });
    }

    private static int fakecloudPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(4566);
    }
}
