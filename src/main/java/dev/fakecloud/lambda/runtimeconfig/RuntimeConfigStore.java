package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.control.FunctionCleanup;
import dev.fakecloud.lambda.control.FunctionKey;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.FunctionScalingConfig;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutRuntimeManagementConfigRequest;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Per-function settings kept beside the function's configuration, in the state store: runtime management (per
 * version), recursive loop detection (per function) and requested scaling (per published version). They go when
 * their function or version is deleted.
 */
@Startup
@ApplicationScoped
public class RuntimeConfigStore {

    /** The recursive loop setting of a function. */
    public record Recursion(String recursiveLoop) {
    }

    private final Table<QualifiedKey, PutRuntimeManagementConfigRequest> runtimeManagement;
    private final Table<FunctionKey, Recursion> recursion;
    private final Table<QualifiedKey, FunctionScalingConfig> scaling;

    public RuntimeConfigStore(StateStore store, FunctionCleanup cleanup) {
        this.runtimeManagement = store.table("lambda.runtime-management", QualifiedKey.class,
                PutRuntimeManagementConfigRequest.class);
        this.recursion = store.table("lambda.recursion", FunctionKey.class, Recursion.class);
        this.scaling = store.table("lambda.function-scaling", QualifiedKey.class, FunctionScalingConfig.class);
        cleanup.ownsPerQualifier(runtimeManagement);
        cleanup.ownsPerQualifier(scaling);
        cleanup.owns(recursion, k -> k, null);
    }

    /** The runtime management of a version ({@code $LATEST} or a number), if it was ever set. */
    public Optional<PutRuntimeManagementConfigRequest> runtimeManagement(Scope scope, String function,
            String version) {
        return runtimeManagement.find(new QualifiedKey(scope, function, version));
    }

    void putRuntimeManagement(Scope scope, String function, String version, PutRuntimeManagementConfigRequest config) {
        runtimeManagement.put(new QualifiedKey(scope, function, version), config);
    }

    /** The recursive loop setting of a function, if it was ever set. */
    public Optional<String> recursion(Scope scope, String function) {
        return recursion.find(new FunctionKey(scope, function)).map(Recursion::recursiveLoop);
    }

    void putRecursion(Scope scope, String function, String recursiveLoop) {
        recursion.put(new FunctionKey(scope, function), new Recursion(recursiveLoop));
    }

    /** The scaling requested for a published version, if any. */
    public Optional<FunctionScalingConfig> scaling(Scope scope, String function, String version) {
        return scaling.find(new QualifiedKey(scope, function, version));
    }

    void putScaling(Scope scope, String function, String version, FunctionScalingConfig config) {
        scaling.put(new QualifiedKey(scope, function, version), config);
    }
}
