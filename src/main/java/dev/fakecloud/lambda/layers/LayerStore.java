package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.policy.ResourcePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;

/**
 * All layers, per account and region, in name order. A layer keeps counting versions after its versions are
 * deleted, so a version number is never given out twice; the policy of a version lives and dies with it.
 */
@ApplicationScoped
public class LayerStore {

    private final Map<Scope, ConcurrentSkipListMap<String, Entry>> layers = new ConcurrentHashMap<>();

    /** A layer name's versions and their policies; compound changes hold its monitor. */
    static final class Entry {
        private final TreeMap<Long, LayerVersion> versions = new TreeMap<>();
        private final Map<Long, ResourcePolicy> policies = new HashMap<>();
        private long lastVersion;

        synchronized LayerVersion publish(LongFunction<LayerVersion> factory) {
            long number = ++lastVersion;
            LayerVersion v = factory.apply(number);
            versions.put(number, v);
            return v;
        }

        synchronized LayerVersion version(long number) {
            return versions.get(number);
        }

        /** Newest first. */
        synchronized List<LayerVersion> versions() {
            return new ArrayList<>(versions.descendingMap().values());
        }

        synchronized boolean delete(long number) {
            policies.remove(number);
            return versions.remove(number) != null;
        }

        synchronized ResourcePolicy policy(long number) {
            return policies.get(number);
        }

        synchronized void setPolicy(long number, ResourcePolicy policy) {
            if (policy == null || policy.isEmpty()) {
                policies.remove(number);
            } else {
                policies.put(number, policy);
            }
        }
    }

    private ConcurrentSkipListMap<String, Entry> in(Scope scope) {
        return layers.computeIfAbsent(scope, s -> new ConcurrentSkipListMap<>());
    }

    /** The layer of that name, created (with no versions) when absent. */
    Entry entryForPublish(Scope scope, String name) {
        return in(scope).computeIfAbsent(name, n -> new Entry());
    }

    Optional<Entry> entry(Scope scope, String name) {
        return Optional.ofNullable(in(scope).get(name));
    }

    public Optional<LayerVersion> find(Scope scope, String name, long version) {
        return entry(scope, name).map(e -> e.version(version));
    }

    /** A version in whichever region of the account holds a layer of that name and version. */
    public Optional<LayerVersion> findInAnyRegion(String accountId, String name, long version) {
        return layers.entrySet().stream()
                .filter(e -> e.getKey().accountId().equals(accountId))
                .map(e -> e.getValue().get(name))
                .filter(Objects::nonNull)
                .map(e -> e.version(version))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Each layer name with its versions, newest first; names in order, layers without versions left out. */
    Map<String, List<LayerVersion>> all(Scope scope) {
        Map<String, List<LayerVersion>> result = new LinkedHashMap<>();
        in(scope).forEach((name, entry) -> {
            List<LayerVersion> versions = entry.versions();
            if (!versions.isEmpty()) {
                result.put(name, versions);
            }
        });
        return result;
    }

    public long totalCodeSize(Scope scope) {
        long total = 0;
        for (Entry entry : in(scope).values()) {
            for (LayerVersion v : entry.versions()) {
                total += v.code().size();
            }
        }
        return total;
    }
}
