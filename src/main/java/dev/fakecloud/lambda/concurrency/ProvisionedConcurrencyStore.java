package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Provisioned concurrency configurations, per function and qualifier. */
@ApplicationScoped
public class ProvisionedConcurrencyStore {

    private record FunctionKey(Scope scope, String functionName) {
    }

    private final Map<FunctionKey, Map<String, ProvisionedConcurrency>> configs = new ConcurrentHashMap<>();

    public Optional<ProvisionedConcurrency> get(Scope scope, String functionName, String qualifier) {
        Map<String, ProvisionedConcurrency> ofFunction = configs.get(new FunctionKey(scope, functionName));
        return Optional.ofNullable(ofFunction == null ? null : ofFunction.get(qualifier));
    }

    public void put(ProvisionedConcurrency config) {
        configs.computeIfAbsent(new FunctionKey(config.scope(), config.functionName()), k -> new ConcurrentHashMap<>())
                .put(config.qualifier(), config);
    }

    /** Replaces {@code current} with {@code next} unless the configuration changed meanwhile. */
    public boolean replace(ProvisionedConcurrency current, ProvisionedConcurrency next) {
        Map<String, ProvisionedConcurrency> ofFunction =
                configs.get(new FunctionKey(current.scope(), current.functionName()));
        return ofFunction != null && ofFunction.replace(current.qualifier(), current, next);
    }

    public void remove(Scope scope, String functionName, String qualifier) {
        Map<String, ProvisionedConcurrency> ofFunction = configs.get(new FunctionKey(scope, functionName));
        if (ofFunction != null) {
            ofFunction.remove(qualifier);
        }
    }

    public void removeFunction(Scope scope, String functionName) {
        configs.remove(new FunctionKey(scope, functionName));
    }

    public List<ProvisionedConcurrency> ofFunction(Scope scope, String functionName) {
        Map<String, ProvisionedConcurrency> ofFunction = configs.get(new FunctionKey(scope, functionName));
        return ofFunction == null ? List.of() : List.copyOf(ofFunction.values());
    }

    /** Environments requested across all versions and aliases of a function. */
    public int requestedTotal(Scope scope, String functionName) {
        return ofFunction(scope, functionName).stream().mapToInt(ProvisionedConcurrency::requested).sum();
    }
}
