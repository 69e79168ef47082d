package dev.fakecloud.sns.filter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/** Compiled filter policies by text and scope, so a publish matches without parsing policies again. */
@ApplicationScoped
public class FilterPolicies {

    private static final int MAX_CACHED = 10_000;

    private record Key(String policy, FilterPolicy.Scope scope) {
    }

    private final ConcurrentHashMap<Key, FilterPolicy> compiled = new ConcurrentHashMap<>();

    /** The compiled policy; a policy SNS refuses throws {@link InvalidFilterPolicyException}. */
    public FilterPolicy get(String policy, FilterPolicy.Scope scope) {
        Key key = new Key(policy, scope);
        FilterPolicy found = compiled.get(key);
        if (found != null) {
            return found;
        }
        FilterPolicy parsed = FilterPolicy.parse(policy, scope);
        if (compiled.size() >= MAX_CACHED) {
            compiled.clear();
        }
        compiled.put(key, parsed);
        return parsed;
    }
}
