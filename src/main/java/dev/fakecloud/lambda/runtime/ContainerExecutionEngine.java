package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.concurrency.EnvironmentPreparer;
import dev.fakecloud.lambda.control.FunctionCreated;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.invoke.ExecutionEngine;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.invoke.LambdaMetrics;
import dev.fakecloud.lambda.invoke.InvocationType;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import dev.fakecloud.lambda.code.HotReloadDirectories;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs functions in Docker containers of their runtime's image, with fakecloud serving the Runtime API: warm
 * environments are reused one invocation at a time, new ones are started as the invocations admitted by the
 * concurrency gate need them, idle ones are removed after the keep-alive, and a code or configuration change retires
 * the old ones. Every failure is a failed {@code Uni} (a Docker engine that cannot be reached is a
 * {@link DockerUnavailableException}); every invocation that ran is recorded.
 */
@Singleton
public class ContainerExecutionEngine implements ExecutionEngine, EnvironmentPreparer {

    private static final Logger LOG = Logger.getLogger(ContainerExecutionEngine.class);

    private final Docker docker;
    private final FunctionService functions;
    private final EnvironmentLauncher launcher;
    private final ContainerRegistry containers;
    private final InvocationRecorder recorder;
    private final LambdaMetrics metrics;
    private final FunctionLogs logs;
    private final RuntimeImages images;
    private final ImagePulls pulls;
    private final Vertx vertx;
    private final long keepaliveMs;
    private final int prestartLimit;
    private final EnvironmentPools pools;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();
    private long housekeeping = -1;

    public ContainerExecutionEngine(Docker docker, EnvironmentLauncher launcher, ContainerRegistry containers,
            InvocationRecorder recorder, Vertx vertx, FakecloudConfig config, FunctionService functions,
            RuntimeImages images, ImagePulls pulls, HotReloadDirectories hotReload, LambdaMetrics metrics,
            FunctionLogs logs) {
        this.metrics = metrics;
        this.logs = logs;
        this.docker = docker;
        this.pools = new EnvironmentPools(hotReload);
        this.pulls = pulls;
        this.launcher = launcher;
        this.containers = containers;
        this.recorder = recorder;
        this.vertx = vertx;
        this.functions = functions;
        this.images = images;
        this.keepaliveMs = config.lambda().keepalive().toMillis();
        this.prestartLimit = config.lambda().provisionedPrestartLimit();
    }

    @Override
    public Uni<InvocationResult> execute(ResolvedFunction target, Invocation invocation) {
        return Uni.createFrom().deferred(() -> {
            String invokedArn = LambdaArns.function(target.function().scope(), target.function().name(),
                    target.qualifier());
            return run(pools.poolFor(target), target, invocation, invokedArn);
        }).invoke(outcome -> record(target, invocation, outcome)).map(Outcome::result);
    }

    /** On the most recently used idle environment, else on a new one. */
    private Uni<Outcome> run(EnvironmentPool pool, ResolvedFunction target, Invocation invocation, String arn) {
        ExecutionEnvironment idle = pool.pollIdle();
        if (idle == null) {
            return runOnNew(pool, target, invocation, arn);
        }
        return Uni.createFrom().completionStage(idle.accept(invocation, arn))
                .onFailure(ExecutionEnvironment.Unavailable.class)
                .recoverWithUni(() -> run(pool, target, invocation, arn));
    }

    private Uni<Outcome> runOnNew(EnvironmentPool pool, ResolvedFunction target, Invocation invocation, String arn) {
        ExecutionEnvironment env = launcher.create(target, "on-demand", owner(pool));
        pool.add(env);
        // the invocation is the environment's before it starts: its first /next gets it
        Uni<Outcome> outcome = Uni.createFrom().completionStage(env.accept(invocation, arn));
        launcher.launch(env, target).subscribe().with(started -> { }, env::failed);
        return outcome;
    }

    private ExecutionEnvironment.Owner owner(EnvironmentPool pool) {
        return new ExecutionEnvironment.Owner() {
            @Override
            public boolean idle(ExecutionEnvironment env) {
                if (!pools.current(pool)) {
                    return false;
                }
                pool.idle(env);
                return true;
            }

            @Override
            public void dead(ExecutionEnvironment env, Runnable containerGone) {
                pool.remove(env);
                containers.ended(env, containerGone);
            }

            @Override
            public void lateOutput(ExecutionEnvironment env, String text) {
                logs.write(pool.key.scope(), env.logGroup, env.logStream, text);
            }
        };
    }

    private void record(ResolvedFunction target, Invocation invocation, Outcome outcome) {
        InvocationResult r = outcome.result();
        metrics.invoked(target, outcome.runtimeMs(), r.functionError() != null);
        logs.write(target, outcome.logStream(), outcome.logLines());
        recorder.record(new InvocationRecorder.InvocationRecord(invocation.requestId(), target.function().name(),
                LambdaArns.function(target.function().scope(), target.function().name(), target.qualifier()),
                r.executedVersion(), invocation.type().wire, invocation.source(),
                invocation.type() == InvocationType.EVENT ? invocation.attempt() : null,
                new String(invocation.payload(), StandardCharsets.UTF_8),
                r.payload() == null ? null : new String(r.payload(), StandardCharsets.UTF_8),
                r.functionError(), outcome.runtimeMs(), outcome.containerId(), Instant.now().toString(),
                outcome.log()));
    }

    /** Removes every environment of a function; returns how many there were. */
    public int evict(String accountId, String region, String functionName) {
        return pools.retire(EnvironmentPools.ofFunction(new Scope(accountId, region), functionName), true);
    }

    /** Every live environment with the pool it belongs to, for introspection. */
    public List<Map.Entry<PoolKey, ExecutionEnvironment>> environmentsByKey() {
        return pools.environments();
    }

    /**
     * Provisioned concurrency: prepares the requested environments of the version (an alias's target version),
     * initialised with {@code AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency}, kept warm and then used like
     * any other.
     */
    @Override
    public Uni<Void> prepare(Scope scope, String functionName, String qualifier, int count) {
        return Uni.createFrom().deferred(() -> {
            ResolvedFunction target = functions.resolve(scope, new FunctionRef(functionName, qualifier));
            EnvironmentPool pool = pools.poolFor(target);
            int missing = Math.min(count, prestartLimit) - pool.size();
            if (missing <= 0) {
                return Uni.createFrom().voidItem();
            }
            return Multi.createFrom().range(0, missing)
                    .onItem().transformToUni(i -> prestart(pool, target))
                    .merge(2)
                    .collect().asList()
                    .replaceWithVoid()
                    .onFailure().transform(e -> new IllegalStateException("FUNCTION_ERROR_INIT_FAILURE: "
                            + e.getMessage(), e));
        });
    }

    /** One provisioned environment, launched and initialised, idle in its pool. */
    private Uni<ExecutionEnvironment> prestart(EnvironmentPool pool, ResolvedFunction target) {
        return Uni.createFrom().deferred(() -> {
            ExecutionEnvironment env = launcher.create(target, "provisioned-concurrency", owner(pool));
            pool.add(env);
            return launcher.launch(env, target).onFailure().invoke(env::failed);
        });
    }

    /** Pulls a new function's image in the background (once per image), so the first invoke need not wait. */
    void onFunctionCreated(@ObservesAsync FunctionCreated event) {
        String image = event.imageUri() != null ? event.imageUri()
                : event.runtime() == null ? null : images.imageFor(event.runtime());
        if (image == null || !prepared.add(image)) {
            return;
        }
        String runtime = event.runtime() == null ? "an image function" : event.runtime();
        pulls.ensure(image, runtime).subscribe().with(i -> { }, e -> {
            prepared.remove(image);
            LOG.warnf("Image not ready for %s: %s", event.functionName(), e.getMessage());
        });
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        pools.retire(k -> k.scope().equals(event.scope()) && k.functionName().equals(event.functionName())
                && (event.qualifier() == null || k.version().equals(event.qualifier())), true);
    }

    void onStart(@Observes StartupEvent event) {
        housekeeping = vertx.setPeriodic(Math.max(1000, Math.min(30_000, keepaliveMs / 2)), id -> {
            pools.evictIdle(keepaliveMs);
            containers.retryRemovals();
        });
        vertx.setTimer(2000, id -> docker.call("remove containers left by a stopped fakecloud",
                d -> Containers.reap(d, false)).subscribe().with(
                        n -> {
                            if (n > 0) {
                                LOG.infof("Removed %d container(s) left behind by a stopped fakecloud", n);
                            }
                        }, e -> LOG.debugf("Docker not reachable at start-up: %s", e.getMessage())));
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(housekeeping);
    }
}
