package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * All functions, per account and region, in name order: immutable {@link LambdaFunction} values in the state store,
 * changed only by the control services (atomically per function).
 */
@Startup
@ApplicationScoped
public class FunctionStore {

    private final Table<FunctionKey, LambdaFunction> functions;

    public FunctionStore(StateStore store) {
        this.functions = store.sortedTable("lambda.functions", FunctionKey.class, LambdaFunction.class,
                FunctionKey.ORDER);
    }

    public Optional<LambdaFunction> find(Scope scope, String name) {
        return functions.find(new FunctionKey(scope, name));
    }

    /** Adds the function unless one of that name exists; returns the existing one in that case. */
    LambdaFunction putIfAbsent(LambdaFunction fn) {
        return functions.putIfAbsent(fn.key(), fn);
    }

    /**
     * Changes a function atomically ({@code change} sees the current value and returns the next, or throws to
     * refuse); returns the new value, or empty when there is no such function.
     */
    Optional<LambdaFunction> update(FunctionKey key, UnaryOperator<LambdaFunction> change) {
        return Optional.ofNullable(functions.update(key, change));
    }

    /** Replaces {@code current} by {@code next} unless the function changed meanwhile (compare-and-swap). */
    boolean replace(FunctionKey key, LambdaFunction current, LambdaFunction next) {
        return functions.replace(key, current, next);
    }

    boolean remove(FunctionKey key) {
        return functions.remove(key) != null;
    }

    public List<LambdaFunction> list(Scope scope) {
        return functions.range(FunctionKey.first(scope), FunctionKey.afterLast(scope));
    }

    /** Every function of every scope. */
    public List<LambdaFunction> all() {
        return List.copyOf(functions.values());
    }
}
