package dev.fakecloud.lambda.capacity;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** Capacity providers per account and region, in name order. Values are immutable and replaced on change. */
@ApplicationScoped
public class CapacityProviderStore {

    private final Map<Scope, ConcurrentSkipListMap<String, CapacityProvider>> providers = new ConcurrentHashMap<>();

    private ConcurrentSkipListMap<String, CapacityProvider> in(Scope scope) {
        return providers.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    public Optional<CapacityProvider> find(Scope scope, String name) {
        return Optional.ofNullable(in(scope).get(name));
    }

    /** Adds the provider unless one of that name exists; returns the existing one in that case. */
    CapacityProvider putIfAbsent(Scope scope, String name, CapacityProvider provider) {
        return in(scope).putIfAbsent(name, provider);
    }

    /** Changes a provider that exists; returns the new value, or empty when there is none. */
    Optional<CapacityProvider> update(Scope scope, String name, UnaryOperator<CapacityProvider> change) {
        return Optional.ofNullable(in(scope).computeIfPresent(name, (k, current) -> change.apply(current)));
    }

    /** Removes the provider if it is (still) in state {@code state}; true when it was removed. */
    boolean removeIfIn(Scope scope, String name, String state) {
        boolean[] removed = {false};
        in(scope).computeIfPresent(name, (k, current) -> {
            removed[0] = state.equals(current.state());
            return removed[0] ? null : current;
        });
        return removed[0];
    }

    List<CapacityProvider> list(Scope scope) {
        return List.copyOf(in(scope).values());
    }
}
