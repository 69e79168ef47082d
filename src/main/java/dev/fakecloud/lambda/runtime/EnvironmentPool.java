package dev.fakecloud.lambda.runtime;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The execution environments of one function version (one configuration of it): idle ones ready for reuse, most
 * recently used first, and all that are alive. Lock-free: environments report to it from their own contexts while
 * the invoke path takes idle ones from any thread. An environment found here may have stopped or been taken since;
 * it refuses the invocation then ({@link ExecutionEnvironment.Unavailable}) and the next one is tried.
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
