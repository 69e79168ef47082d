package dev.fakecloud.lambda.runtime;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The execution environments of one function version (one configuration of it): idle ones ready for reuse, most
 * recently used first, and all that are alive. Lock-free, so that environments can report to it from any thread
 * while holding their own monitor.
 */
final class EnvironmentPool {

    final PoolKey key;
    private final ConcurrentLinkedDeque<ExecutionEnvironment> idle = new ConcurrentLinkedDeque<>();
    private final Set<ExecutionEnvironment> all = ConcurrentHashMap.newKeySet();

    EnvironmentPool(PoolKey key) {
        this.key = key;
    }

    /** The most recently used idle environment, or null. */
    ExecutionEnvironment pollIdle() {
        ExecutionEnvironment env;
        while ((env = idle.pollFirst()) != null) {
            if (env.state() == ExecutionEnvironment.State.IDLE) {
                return env;
            }
        }
        return null;
    }

    void add(ExecutionEnvironment env) {
        all.add(env);
    }

    void idle(ExecutionEnvironment env) {
        if (all.contains(env)) {
            idle.remove(env);
            idle.addFirst(env);
        }
    }

    void remove(ExecutionEnvironment env) {
        all.remove(env);
        idle.remove(env);
    }

    List<ExecutionEnvironment> environments() {
        return List.copyOf(all);
    }

    int size() {
        return all.size();
    }
}
