package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import java.util.ArrayList;
import java.util.List;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.code.HotReloadDirectories;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The pools of environments, one per function version and configuration. A version whose code or configuration
 * changed gets a new pool and the old one is retired: its idle environments stop at once, busy ones when they finish.
 * Lock-free (a concurrent map of lock-free pools).
 */
final class EnvironmentPools {

    private final Map<PoolKey, EnvironmentPool> pools = new ConcurrentHashMap<>();
    private final HotReloadDirectories hotReload;

    EnvironmentPools(HotReloadDirectories hotReload) {
        this.hotReload = hotReload;
    }

    /** The pool of the target's version as configured now, retiring pools of its earlier configurations. */
    EnvironmentPool poolFor(ResolvedFunction target) {
        FunctionConfiguration c = target.version().config();
        CodeArtifact code = target.version().code();
        String fingerprint = c.codeSha256() + "|" + c.lastModified();
        if (code.isHotReload()) { // the files changed: environments with the new ones
            fingerprint += "|" + hotReload.generation(Path.of(code.hotReloadDirectory()));
        }
        PoolKey key = new PoolKey(target.function().scope(), target.function().name(), c.version(), fingerprint);
        EnvironmentPool pool = pools.get(key);
        if (pool != null) {
            return pool;
        }
        retire(k -> k.scope().equals(key.scope()) && k.functionName().equals(key.functionName())
                && k.version().equals(key.version()) && !k.equals(key), false);
        return pools.computeIfAbsent(key, EnvironmentPool::new);
    }

    /** Whether the pool still serves its version (environments of retired pools stop when they finish). */
    boolean current(EnvironmentPool pool) {
        return pools.get(pool.key) == pool;
    }

    /**
     * Forgets the matching pools and stops their environments: all of them, or only those not running an invocation.
     *
     * @return how many environments the pools had
     */
    int retire(Predicate<PoolKey> which, boolean busyToo) {
        List<EnvironmentPool> retired = new ArrayList<>();
        pools.forEach((k, p) -> {
            if (which.test(k) && pools.remove(k, p)) {
                retired.add(p);
            }
        });
        int count = 0;
        for (EnvironmentPool p : retired) {
            for (ExecutionEnvironment env : p.environments()) {
                count++;
                if (busyToo || env.state() != ExecutionEnvironment.State.BUSY) {
                    env.die();
                }
            }
        }
        return count;
    }

    /** The pools of one function in one scope (every version). */
    static Predicate<PoolKey> ofFunction(Scope scope, String functionName) {
        return k -> k.scope().equals(scope) && k.functionName().equals(functionName);
    }

    /** Stops environments idle for longer than the keep-alive (provisioned ones stay). */
    void evictIdle(long keepaliveMillis) {
        long now = System.currentTimeMillis();
        for (EnvironmentPool p : pools.values()) {
            for (ExecutionEnvironment env : p.environments()) {
                if (env.state() == ExecutionEnvironment.State.IDLE && !env.provisioned()
                        && now - env.lastUsedMillis() > keepaliveMillis) {
                    env.dieIfIdleFor(keepaliveMillis);
                }
            }
        }
    }

    /** Every live environment with the pool it belongs to, for introspection. */
    List<Map.Entry<PoolKey, ExecutionEnvironment>> environments() {
        List<Map.Entry<PoolKey, ExecutionEnvironment>> all = new ArrayList<>();
        pools.forEach((k, p) -> p.environments().forEach(e -> all.add(Map.entry(k, e))));
        return all;
    }
}
