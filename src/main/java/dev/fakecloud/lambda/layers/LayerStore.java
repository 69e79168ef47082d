package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.policy.document.ResourcePolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * All layers, per account and region, in name order, in the state store: each layer's version counter (a layer
 * keeps counting after its versions are deleted, so a number is never given out twice), its immutable versions, and
 * the policy of each version, which lives and dies with it.
 */
@Startup
@ApplicationScoped
public class LayerStore {

    /** A layer by account, region and name. */
    public record LayerKey(Scope scope, String name) {
    }

    /** A layer version. */
    public record VersionKey(Scope scope, String name, long version) {
        static final Comparator<VersionKey> ORDER = Comparator
                .comparing((VersionKey k) -> k.scope().accountId())
                .thenComparing(k -> k.scope().region())
                .thenComparing(VersionKey::name)
                .thenComparingLong(VersionKey::version);
    }

    /** What a layer keeps between its versions: the last number given out. */
    public record LayerCounter(long lastVersion) {
    }

    private final Table<LayerKey, LayerCounter> counters;
    private final Table<VersionKey, LayerVersion> versions;
    private final Table<VersionKey, ResourcePolicy> policies;

    public LayerStore(StateStore store) {
        this.counters = store.table("lambda.layer-counters", LayerKey.class, LayerCounter.class);
        this.versions = store.sortedTable("lambda.layer-versions", VersionKey.class, LayerVersion.class,
                VersionKey.ORDER);
        this.policies = store.table("lambda.layer-policies", VersionKey.class, ResourcePolicy.class);
    }

    /** Takes the layer's next version number. */
    long nextVersion(Scope scope, String name) {
        return counters.upsert(new LayerKey(scope, name),
                c -> new LayerCounter(c == null ? 1 : c.lastVersion() + 1)).lastVersion();
    }

    void put(LayerVersion version) {
        versions.put(new VersionKey(version.scope(), version.layerName(), version.version()), version);
    }

    public Optional<LayerVersion> find(Scope scope, String name, long version) {
        return versions.find(new VersionKey(scope, name, version));
    }

    /** A version in whichever region of the account holds a layer of that name and version. */
    public Optional<LayerVersion> findInAnyRegion(String accountId, String name, long version) {
        return versions.values().stream()
                .filter(v -> v.scope().accountId().equals(accountId) && v.layerName().equals(name)
                        && v.version() == version)
                .findFirst();
    }

    /** The versions of one layer, newest first. */
    List<LayerVersion> versionsOf(Scope scope, String name) {
        List<LayerVersion> found = new ArrayList<>(versions.range(new VersionKey(scope, name, 0),
                new VersionKey(scope, name, Long.MAX_VALUE)));
        Collections.reverse(found);
        return found;
    }

    /** Each layer name with its versions, newest first; names in order, layers without versions left out. */
    Map<String, List<LayerVersion>> all(Scope scope) {
        Map<String, List<LayerVersion>> result = new LinkedHashMap<>();
        for (LayerVersion v : versions.range(new VersionKey(scope, "", 0), new VersionKey(scope, "\uffff", 0))) {
            result.computeIfAbsent(v.layerName(), n -> new ArrayList<>()).add(0, v);
        }
        return result;
    }

    /** Deletes a version and its policy; false when there was none. */
    boolean delete(Scope scope, String name, long version) {
        VersionKey key = new VersionKey(scope, name, version);
        policies.remove(key);
        return versions.remove(key) != null;
    }

    Optional<ResourcePolicy> policy(Scope scope, String name, long version) {
        return policies.find(new VersionKey(scope, name, version));
    }

    /**
     * Changes a version's policy atomically ({@code change} sees the current one or null, returns the next or null
     * to remove it, or throws to refuse).
     */
    ResourcePolicy changePolicy(Scope scope, String name, long version, UnaryOperator<ResourcePolicy> change) {
        return policies.upsert(new VersionKey(scope, name, version), current -> {
            ResourcePolicy next = change.apply(current);
            return next == null || next.isEmpty() ? null : next;
        });
    }

    public long totalCodeSize(Scope scope) {
        long total = 0;
        for (List<LayerVersion> layer : all(scope).values()) {
            for (LayerVersion v : layer) {
                total += v.code().size();
            }
        }
        return total;
    }

    List<LayerVersion> allVersions() {
        return List.copyOf(versions.values());
    }
}
