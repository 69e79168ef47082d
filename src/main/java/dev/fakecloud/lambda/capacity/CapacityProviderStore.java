package dev.fakecloud.lambda.capacity;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Capacity providers per account and region, in name order, in the state store. Values are immutable and replaced
 * on change.
 */
@Startup
@ApplicationScoped
public class CapacityProviderStore {

    /** A provider by account, region and name. */
    public record ProviderKey(Scope scope, String name) {
        static final Comparator<ProviderKey> ORDER = Comparator
                .comparing((ProviderKey k) -> k.scope().accountId())
                .thenComparing(k -> k.scope().region())
                .thenComparing(ProviderKey::name);
    }

    private final Table<ProviderKey, CapacityProvider> providers;

    public CapacityProviderStore(StateStore store) {
        this.providers = store.sortedTable("lambda.capacity-providers", ProviderKey.class, CapacityProvider.class,
                ProviderKey.ORDER);
    }

    public Optional<CapacityProvider> find(Scope scope, String name) {
        return providers.find(new ProviderKey(scope, name));
    }

    /** Adds the provider unless one of that name exists; returns the existing one in that case. */
    CapacityProvider putIfAbsent(Scope scope, String name, CapacityProvider provider) {
        return providers.putIfAbsent(new ProviderKey(scope, name), provider);
    }

    /** Changes a provider that exists; returns the new value, or empty when there is none. */
    Optional<CapacityProvider> update(Scope scope, String name, UnaryOperator<CapacityProvider> change) {
        return Optional.ofNullable(providers.update(new ProviderKey(scope, name), change));
    }

    /** Removes the provider if it is (still) in state {@code state}; true when it was removed. */
    boolean removeIfIn(Scope scope, String name, String state) {
        boolean[] removed = {false};
        providers.update(new ProviderKey(scope, name), current -> {
            removed[0] = state.equals(current.state());
            return removed[0] ? null : current;
        });
        return removed[0];
    }

    List<CapacityProvider> list(Scope scope) {
        return providers.range(new ProviderKey(scope, ""), new ProviderKey(scope, "\uffff"));
    }
}
