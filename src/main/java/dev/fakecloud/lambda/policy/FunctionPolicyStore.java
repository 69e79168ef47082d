package dev.fakecloud.lambda.policy;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policies of functions, one per function qualifier (unqualified, a version, or an alias). A policy goes when
 * its function, version or alias is deleted. Writers hold the function's monitor.
 */
@ApplicationScoped
public class FunctionPolicyStore {

    /** @param qualifier null for the unqualified function ($LATEST) */
    public record Key(Scope scope, String function, String qualifier) {
    }

    private final Map<Key, ResourcePolicy> policies = new ConcurrentHashMap<>();

    public ResourcePolicy get(Key key) {
        return policies.get(key);
    }

    /** Stores the policy, or forgets it when it has no statement left. */
    public void put(Key key, ResourcePolicy policy) {
        if (policy.isEmpty()) {
            policies.remove(key);
        } else {
            policies.put(key, policy);
        }
    }

    public void remove(Key key) {
        policies.remove(key);
    }

    void onDeleted(@Observes FunctionDeleted event) {
        if (event.qualifier() == null) {
            policies.keySet().removeIf(k -> k.scope().equals(event.scope()) && k.function().equals(event.functionName()));
        } else {
            policies.remove(new Key(event.scope(), event.functionName(), event.qualifier()));
        }
    }
}
