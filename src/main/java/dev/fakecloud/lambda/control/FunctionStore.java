package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** All functions, per account and region, in name order. */
@ApplicationScoped
public class FunctionStore {

    private final Map<Scope, ConcurrentSkipListMap<String, LambdaFunction>> functions = new ConcurrentHashMap<>();

    private ConcurrentSkipListMap<String, LambdaFunction> in(Scope scope) {
        return functions.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    public Optional<LambdaFunction> find(Scope scope, String name) {
        return Optional.ofNullable(in(scope).get(name));
    }

    /** Adds the function unless one of that name exists; returns the existing one in that case. */
    public LambdaFunction putIfAbsent(LambdaFunction fn) {
        return in(fn.scope()).putIfAbsent(fn.name(), fn);
    }

    public boolean remove(LambdaFunction fn) {
        return in(fn.scope()).remove(fn.name(), fn);
    }

    public List<LambdaFunction> list(Scope scope) {
        return List.copyOf(in(scope).values());
    }

    /** Every function of every scope. */
    public List<LambdaFunction> all() {
        return functions.values().stream().flatMap(m -> m.values().stream()).toList();
    }
}
