package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.FunctionScalingConfig;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutRuntimeManagementConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-function settings kept beside the function's configuration: runtime management (per version), recursive loop
 * detection (per function) and requested scaling (per published version). They go when their function or version
 * is deleted.
 */
@ApplicationScoped
public class RuntimeConfigStore {

    record FunctionKey(Scope scope, String functionName) {
    }

    record VersionKey(Scope scope, String functionName, String version) {
    }

    private final Map<VersionKey, PutRuntimeManagementConfigRequest> runtimeManagement = new ConcurrentHashMap<>();
    private final Map<FunctionKey, String> recursion = new ConcurrentHashMap<>();
    private final Map<VersionKey, FunctionScalingConfig> scaling = new ConcurrentHashMap<>();

    /** The runtime management of a version ({@code $LATEST} or a number), if it was ever set. */
    public Optional<PutRuntimeManagementConfigRequest> runtimeManagement(Scope scope, String function,
            String version) {
        return Optional.ofNullable(runtimeManagement.get(new VersionKey(scope, function, version)));
    }

    void putRuntimeManagement(Scope scope, String function, String version, PutRuntimeManagementConfigRequest config) {
        runtimeManagement.put(new VersionKey(scope, function, version), config);
    }

    /** The recursive loop setting of a function, if it was ever set. */
    public Optional<String> recursion(Scope scope, String function) {
        return Optional.ofNullable(recursion.get(new FunctionKey(scope, function)));
    }

    void putRecursion(Scope scope, String function, String recursiveLoop) {
        recursion.put(new FunctionKey(scope, function), recursiveLoop);
    }

    /** The scaling requested for a published version, if any. */
    public Optional<FunctionScalingConfig> scaling(Scope scope, String function, String version) {
        return Optional.ofNullable(scaling.get(new VersionKey(scope, function, version)));
    }

    void putScaling(Scope scope, String function, String version, FunctionScalingConfig config) {
        scaling.put(new VersionKey(scope, function, version), config);
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        if (event.qualifier() == null) {
            FunctionKey fn = new FunctionKey(event.scope(), event.functionName());
            recursion.remove(fn);
            runtimeManagement.keySet().removeIf(k -> sameFunction(k, fn));
            scaling.keySet().removeIf(k -> sameFunction(k, fn));
        } else {
            VersionKey version = new VersionKey(event.scope(), event.functionName(), event.qualifier());
            runtimeManagement.remove(version);
            scaling.remove(version);
        }
    }

    private static boolean sameFunction(VersionKey key, FunctionKey fn) {
        return key.scope().equals(fn.scope()) && key.functionName().equals(fn.functionName());
    }
}
