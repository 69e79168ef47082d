package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.control.FunctionCleanup;
import dev.fakecloud.lambda.control.QualifiedKey;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Provisioned concurrency configurations, per function and qualifier, in the state store. */
@Startup
@ApplicationScoped
public class ProvisionedConcurrencyStore {

    private final Table<QualifiedKey, ProvisionedConcurrency> configs;

    public ProvisionedConcurrencyStore(StateStore store, FunctionCleanup cleanup) {
        this.configs = store.table("lambda.provisioned-concurrency", QualifiedKey.class,
                ProvisionedConcurrency.class);
        cleanup.ownsPerQualifier(configs);
    }

    private static QualifiedKey key(Scope scope, String functionName, String qualifier) {
        return new QualifiedKey(scope, functionName, qualifier);
    }

    public Optional<ProvisionedConcurrency> get(Scope scope, String functionName, String qualifier) {
        return configs.find(key(scope, functionName, qualifier));
    }

    public void put(ProvisionedConcurrency config) {
        configs.put(key(config.scope(), config.functionName(), config.qualifier()), config);
    }

    /** Replaces {@code current} with {@code next} unless the configuration changed meanwhile. */
    public boolean replace(ProvisionedConcurrency current, ProvisionedConcurrency next) {
        return configs.replace(key(current.scope(), current.functionName(), current.qualifier()), current, next);
    }

    public void remove(Scope scope, String functionName, String qualifier) {
        configs.remove(key(scope, functionName, qualifier));
    }

    public List<ProvisionedConcurrency> ofFunction(Scope scope, String functionName) {
        return configs.values().stream()
                .filter(c -> c.scope().equals(scope) && c.functionName().equals(functionName))
                .toList();
    }

    /** Every configuration, for re-preparing environments after a restart. */
    List<ProvisionedConcurrency> all() {
        return List.copyOf(configs.values());
    }

    /** Environments requested across all versions and aliases of a function. */
    public int requestedTotal(Scope scope, String functionName) {
        return ofFunction(scope, functionName).stream().mapToInt(ProvisionedConcurrency::requested).sum();
    }
}
