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
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts one execution environment: its Runtime API server first (the container needs its address), then the
 * container with AWS's environment, code in {@code /var/task} and layers in {@code /opt}. An environment that does
 * not reach the Runtime API within the init timeout is stopped.
 */
@ApplicationScoped
public class EnvironmentLauncher {

    private final Docker docker;
    private final RuntimeImages images;
    private final LayerService layers;
    private final CodeBlobStore blobs;
    private final Vertx vertx;
    private final FakecloudConfig config;
    private final long initTimeoutMs;
    private volatile NetworkPlan network;

    public EnvironmentLauncher(Docker docker, RuntimeImages images, LayerService layers, CodeBlobStore blobs,
            Vertx vertx, FakecloudConfig config) {
        this.blobs = blobs;
        this.docker = docker;
        this.images = images;
        this.layers = layers;
        this.vertx = vertx;
        this.config = config;
        this.initTimeoutMs = config.lambda().initTimeout().toMillis();
    }

    /** @param beforeStart runs on the worker thread just before the container is created */
    Uni<ExecutionEnvironment> launch(ResolvedFunction target, String initType, ExecutionEnvironment.Owner owner,
            Runnable beforeStart) {
        NetworkPlan plan = network();
        EnvironmentSpec spec = spec(target);
        ExecutionEnvironment env = new ExecutionEnvironment(spec, initType, vertx, owner);
        return RuntimeApiServer.start(vertx, plan.bindHost(), env).flatMap(api -> {
            env.attach(api);
            Map<String, String> variables = EnvironmentVariables.of(target.function().scope(),
                    target.version().config(), plan.advertisedHost() + ":" + api.port(),
                    "http://" + plan.advertisedHost() + ":" + fakecloudPort(), initType);
            return docker.call("start a container for " + spec.functionName(), d -> {
                beforeStart.run();
                Containers.ensureImage(d, spec.image(), spec.runtime() == null ? "an image function" : spec.runtime());
                String id = Containers.createAndStart(d, spec, env.id, variables, plan);
                env.started(id);
                Containers.follow(d, id, env::output);
                return env;
            }).onFailure().invoke(e -> {
                api.close();
                env.die();
            });
        }).invoke(started -> vertx.setTimer(initTimeoutMs, t -> {
            if (started.state() == ExecutionEnvironment.State.STARTING) {
                started.exited(-1);
            }
        }));
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
                    ic == null ? null : ic.workingDirectory(), Map.of(), memory, storage, timeout, null, List.of());
        }
        return new EnvironmentSpec(c.functionName(), arn, c.version(), c.runtime(), images.imageFor(c.runtime()),
                List.of(c.handler()), null, null, Map.of(), memory, storage, timeout, blobs.path(code), layerZips(scope, c));
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

    private NetworkPlan network() {
        NetworkPlan plan = network;
        if (plan == null) {
            plan = NetworkPlan.of(config.lambda().dockerNetwork(), docker.local(),
                    config.lambda().advertisedHost().orElse(null));
            network = plan;
        }
        return plan;
    }

    private static int fakecloudPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(4566);
    }
}
