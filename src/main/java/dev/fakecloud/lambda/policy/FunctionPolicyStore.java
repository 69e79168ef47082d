package dev.fakecloud.lambda.policy;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.control.FunctionCleanup;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.policy.document.ResourcePolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;

/**
 * The policies of functions, one per function qualifier (null for the unqualified function, a version, or an
 * alias), in the state store. A policy goes when its function, version or alias is deleted.
 */
@Startup
@ApplicationScoped
public class FunctionPolicyStore {

    private final Table<QualifiedKey, ResourcePolicy> policies;

    public FunctionPolicyStore(StateStore store, FunctionCleanup cleanup) {
        this.policies = store.table("lambda.function-policies", QualifiedKey.class, ResourcePolicy.class);
        cleanup.ownsPerQualifier(policies);
    }

    public ResourcePolicy get(QualifiedKey key) {
        return policies.get(key);
    }

    /**
     * Changes a policy atomically: {@code change} sees the current one (or null) and returns the next (null or an
     * empty policy removes it), or throws to refuse. Changes of one policy never interleave.
     */
    public ResourcePolicy change(QualifiedKey key, UnaryOperator<ResourcePolicy> change) {
        return policies.upsert(key, current -> {
            ResourcePolicy next = change.apply(current);
            return next == null || next.isEmpty() ? null : next;
        });
    }
}
