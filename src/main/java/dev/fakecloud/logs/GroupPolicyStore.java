package dev.fakecloud.logs;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.PolicyShapes.GetDataProtectionPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.GetTransformerResponse;
import dev.fakecloud.logs.model.PolicyShapes.IndexPolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The policies that belong to one log group (data protection, field index, transformer), keyed by the group's name
 * in its account and region; they go with the group when it is deleted.
 */
@Startup
@ApplicationScoped
public class GroupPolicyStore {

    private final ScopedTable<GetDataProtectionPolicyResponse> dataProtection;
    private final ScopedTable<IndexPolicy> indexPolicies;
    private final ScopedTable<GetTransformerResponse> transformers;

    public GroupPolicyStore(StateStore store) {
        this.dataProtection = new ScopedTable<>(store, "logs.data-protection-policies",
                GetDataProtectionPolicyResponse.class);
        this.indexPolicies = new ScopedTable<>(store, "logs.index-policies", IndexPolicy.class);
        this.transformers = new ScopedTable<>(store, "logs.transformers", GetTransformerResponse.class);
    }

    ScopedTable<GetDataProtectionPolicyResponse> dataProtection() {
        return dataProtection;
    }

    ScopedTable<IndexPolicy> indexPolicies() {
        return indexPolicies;
    }

    ScopedTable<GetTransformerResponse> transformers() {
        return transformers;
    }

    boolean protectsData(LogsCall call, String group) {
        return dataProtection.get(call, group) != null;
    }

    /** Forgets the policies of a deleted group. */
    void removeGroup(LogsCall call, String group) {
        dataProtection.remove(call, group);
        indexPolicies.remove(call, group);
        transformers.remove(call, group);
    }
}
