package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Durable executions by ARN, and the callbacks they wait for by callback id. */
@ApplicationScoped
public class DurableExecutionStore {

    private final Map<String, DurableExecution> executions = new ConcurrentHashMap<>();
    private final Map<String, DurableExecution> callbacks = new ConcurrentHashMap<>();

    public Optional<DurableExecution> find(String arn) {
        return Optional.ofNullable(executions.get(arn));
    }

    void add(DurableExecution execution) {
        executions.put(execution.arn(), execution);
    }

    /** The executions of one function (any version), unordered. */
    public List<DurableExecution> ofFunction(Scope scope, String functionName) {
        return executions.values().stream()
                .filter(e -> e.scope().equals(scope) && e.functionName().equals(functionName))
                .toList();
    }

    void addCallback(String callbackId, DurableExecution execution) {
        callbacks.put(callbackId, execution);
    }

    void removeCallback(String callbackId) {
        callbacks.remove(callbackId);
    }

    Optional<DurableExecution> byCallback(String callbackId) {
        return Optional.ofNullable(callbacks.get(callbackId));
    }

    /** Executions of a deleted function or version go with it, with their callbacks. */
    void onFunctionDeleted(@Observes FunctionDeleted event) {
        for (DurableExecution e : ofFunction(event.scope(), event.functionName())) {
            if (event.qualifier() == null || event.qualifier().equals(e.version())) {
                executions.remove(e.arn());
                e.callbackIds().forEach(callbacks::remove);
            }
        }
    }
}
