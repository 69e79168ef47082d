package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.lambda.concurrency.ProvisionedConcurrencyRequested;
import dev.fakecloud.lambda.control.FunctionCreated;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.invoke.ExecutionEngine;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs functions in Docker containers of their runtime's image, with fakecloud serving the Runtime API: warm
 * environments are reused one invocation at a time, new ones are started as concurrency allows, idle ones are
 * removed after the keep-alive, and a code or configuration change retires the old ones.
 */
@ApplicationScoped
public class ContainerExecutionEngine implements ExecutionEngine {

    private static final Logger LOG = Logger.getLogger(ContainerExecutionEngine.class);

    private final Docker docker;
    private final FunctionService functions;
    private final EnvironmentLauncher launcher;
    private final InvocationRecorder recorder;
    private final Vertx vertx;
    private final long keepaliveMs;
    private final int prestartLimit;
    private final Map<PoolKey, EnvironmentPool> pools = new ConcurrentHashMap<>();
    private final Map<String, ExecutionEnvironment> byContainer = new ConcurrentHashMap<>();
    private volatile Closeable exitWatch;
    private final RuntimeImages images;
    private final java.util.Set<String> prepared = ConcurrentHashMap.newKeySet();

    public ContainerExecutionEngine(Docker docker, EnvironmentLauncher launcher, InvocationRecorder recorder, Vertx vertx, FakecloudConfig config, FunctionService functions,
            RuntimeImages images) {
        this.images = images;
        this.functions = functions;
        this.docker = docker;
        this.launcher = launcher;
        this.recorder = recorder;
        this.vertx = vertx;
        this.keepaliveMs = config.lambda().keepalive().toMillis();
        this.prestartLimit = config.lambda().provisionedPrestartLimit();
    }

    @Override
    public Uni<InvocationResult> execute(ResolvedFunction target, Invocation invocation) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Uni<Outcome> run = Uni.createFrom().deferred(() -> {
            EnvironmentPool pool = poolFor(target);
            String invokedArn = LambdaArns.function(target.function().scope(), target.function().name(),
                    target.qualifier());
            ExecutionEnvironment env;
            while ((env = pool.pollIdle()) != null) {
                if (env.assign(invocation, invokedArn, result)) {
                    return Uni.createFrom().completionStage(result);
                }
            }
            return start(pool, target, "on-demand").flatMap(started -> {
                if (!started.assign(invocation, invokedArn, result)) {
                    return Uni.createFrom().failure(new IllegalStateException("new environment refused invocation"));
                }
                return Uni.createFrom().completionStage(result);
            });
        });
        return run
                .invoke(outcome -> record(target, invocation, outcome))
                .map(Outcome::result);
    }

    private EnvironmentPool poolFor(ResolvedFunction target) {
        FunctionConfiguration c = target.version().config();
        PoolKey key = new PoolKey(target.function().scope(), target.function().name(), c.version(),
                c.codeSha256() + "|" + c.lastModified());
        EnvironmentPool pool = pools.get(key);
        if (pool != null) {
            return pool;
        }
        retire(k -> k.scope().equals(key.scope()) && k.functionName().equals(key.functionName())
                && k.version().equals(key.version()) && !k.equals(key));
        return pools.computeIfAbsent(key, EnvironmentPool::new);
    }

    private Uni<ExecutionEnvironment> start(EnvironmentPool pool, ResolvedFunction target, String initType) {
        return launcher.launch(target, initType, new ExecutionEnvironment.Owner() {
            @Override
            public void idle(ExecutionEnvironment env) {
                if (pools.get(pool.key) == pool) {
                    pool.idle(env);
                } else {
                    env.die();
                }
            }

            @Override
            public void dead(ExecutionEnvironment env) {
                pool.remove(env);
                String id = env.containerId();
                if (id != null) {
                    byContainer.remove(id);
                    docker.call("remove a container", d -> {
                        Containers.remove(d, id);
                        return null;
                    }).subscribe().with(x -> { }, e -> { });
                }
            }
        }, this::ensureExitWatch).invoke(env -> {
            pool.add(env);
            byContainer.put(env.containerId(), env);
        });
    }

    /** Watches container exits (one Docker event stream); called on a worker thread before a container starts. */
    private void ensureExitWatch() {
        if (exitWatch != null) {
            return;
        }
        synchronized (this) {
            if (exitWatch == null) {
                try {
                    exitWatch = Containers.watchExits(docker.client(), (id, code) -> {
                        ExecutionEnvironment env = byContainer.get(id);
                        if (env != null) {
                            env.exited(code);
                        }
                    }, () -> exitWatch = null);
                } catch (RuntimeException e) {
                    LOG.debugf("Cannot watch container exits yet: %s", e.getMessage());
                }
            }
        }
    }

    private void record(ResolvedFunction target, Invocation invocation, Outcome outcome) {
        InvocationResult r = outcome.result();
        recorder.record(new InvocationRecorder.InvocationRecord(invocation.requestId(), target.function().name(),
                LambdaArns.function(target.function().scope(), target.function().name(), target.qualifier()),
                r.executedVersion(), invocation.type().wire, invocation.source(),
                new String(invocation.payload(), java.nio.charset.StandardCharsets.UTF_8),
                r.payload() == null ? null : new String(r.payload(), java.nio.charset.StandardCharsets.UTF_8),
                r.functionError(), outcome.runtimeMs(), outcome.containerId(), Instant.now().toString(),
                outcome.log()));
    }

    /** Stops the idle environments of matching pools and forgets the pools; busy ones stop when they finish. */
    private void retire(java.util.function.Predicate<PoolKey> which) {
        List<EnvironmentPool> retired = new ArrayList<>();
        pools.keySet().removeIf(k -> {
            if (which.test(k)) {
                retired.add(pools.get(k));
                return true;
            }
            return false;
        });
        for (EnvironmentPool p : retired) {
            if (p == null) {
                continue;
            }
            for (ExecutionEnvironment env : p.environments()) {
                if (env.state() != ExecutionEnvironment.State.BUSY) {
                    env.die();
                }
            }
        }
    }

    /** Removes every environment of a function; returns how many there were. */
    public int evict(String scopeAccount, String region, String functionName) {
        int[] count = {0};
        pools.forEach((k, p) -> {
            if (k.functionName().equals(functionName) && k.scope().region().equals(region)
                    && k.scope().accountId().equals(scopeAccount)) {
                count[0] += p.size();
            }
        });
        retireAll(k -> k.functionName().equals(functionName) && k.scope().region().equals(region)
                && k.scope().accountId().equals(scopeAccount));
        return count[0];
    }

    private void retireAll(java.util.function.Predicate<PoolKey> which) {
        List<EnvironmentPool> matched = new ArrayList<>();
        pools.forEach((k, p) -> {
            if (which.test(k)) {
                matched.add(p);
            }
        });
        matched.forEach(p -> pools.remove(p.key, p));
        matched.forEach(p -> p.environments().forEach(ExecutionEnvironment::die));
    }


    /** Every live environment with the pool it belongs to, for introspection. */
    public List<Map.Entry<PoolKey, ExecutionEnvironment>> environmentsByKey() {
        List<Map.Entry<PoolKey, ExecutionEnvironment>> all = new ArrayList<>();
        pools.forEach((k, p) -> p.environments().forEach(e -> all.add(Map.entry(k, e))));
        return all;
    }

    /**
     * Provisioned concurrency: prepares the requested environments of the version (an alias's target version),
     * initialised with {@code AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency}, kept warm and then used like
     * any other.
     */
    void onProvisioned(@ObservesAsync ProvisionedConcurrencyRequested request) {
        ResolvedFunction target;
        try {
            target = functions.resolve(request.scope(), new FunctionRef(request.functionName(), request.qualifier()));
        } catch (RuntimeException e) {
            request.failed().accept(e.getMessage());
            return;
        }
        EnvironmentPool pool = poolFor(target);
        int missing = Math.min(request.requested(), prestartLimit) - pool.size();
        if (missing <= 0) {
            request.ready().run();
            return;
        }
        Multi.createFrom().range(0, missing)
                .onItem().transformToUni(i -> start(pool, target, "provisioned-concurrency").flatMap(this::initialised))
                .merge(2)
                .collect().asList()
                .subscribe().with(
                        envs -> request.ready().run(),
                        e -> request.failed().accept("FUNCTION_ERROR_INIT_FAILURE: " + e.getMessage()));
    }

    /** Completes once the environment's runtime has asked for its first event. */
    private Uni<ExecutionEnvironment> initialised(ExecutionEnvironment env) {
        return Uni.createFrom().completionStage(env.initialised);
    }

    /** Pulls a new function's image in the background (once per image), so the first invoke need not wait. */
    void onFunctionCreated(@ObservesAsync FunctionCreated event) {
        String image = event.imageUri() != null ? event.imageUri()
                : event.runtime() == null ? null : images.imageFor(event.runtime());
        if (image == null || !prepared.add(image)) {
            return;
        }
        String runtime = event.runtime() == null ? "an image function" : event.runtime();
        docker.call("prepare image " + image, d -> {
            Containers.ensureImage(d, image, runtime);
            return image;
        }).subscribe().with(i -> { }, e -> LOG.warnf("Image not ready for %s: %s", event.functionName(),
                e.getMessage()));
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        retireAll(k -> k.scope().equals(event.scope()) && k.functionName().equals(event.functionName())
                && (event.qualifier() == null || k.version().equals(event.qualifier())));
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(Math.max(1000, Math.min(30_000, keepaliveMs / 2)), id -> evictIdle());
        vertx.setTimer(2000, id -> docker.call("remove containers left by a stopped fakecloud",
                d -> Containers.reap(d, false)).subscribe().with(
                        n -> {
                            if (n > 0) {
                                LOG.infof("Removed %d container(s) left behind by a stopped fakecloud", n);
                            }
                        }, e -> LOG.debugf("Docker not reachable at start-up: %s", e.getMessage())));
    }

    private void evictIdle() {
        long now = System.currentTimeMillis();
        for (EnvironmentPool p : pools.values()) {
            for (ExecutionEnvironment env : p.environments()) {
                if (env.state() == ExecutionEnvironment.State.IDLE && now - env.lastUsedMillis() > keepaliveMs
                        && !env.initializationType.equals("provisioned-concurrency")) {
                    env.die();
                }
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Closeable watch = exitWatch;
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
        if (byContainer.isEmpty()) {
            return;
        }
        try {
            int removed = Containers.reap(docker.client(), true);
            LOG.debugf("Removed %d function container(s) at shutdown", removed);
        } catch (RuntimeException e) {
            LOG.debugf("Could not remove function containers at shutdown: %s", e.getMessage());
        }
    }
}
