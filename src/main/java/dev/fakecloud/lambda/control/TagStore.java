package dev.fakecloud.lambda.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Tags of every Lambda resource, by the resource's unqualified ARN. */
@ApplicationScoped
public class TagStore {

    private final Map<String, TreeMap<String, String>> tags = new ConcurrentHashMap<>();

    public Map<String, String> get(String arn) {
        TreeMap<String, String> t = tags.get(arn);
        if (t == null) {
            return Map.of();
        }
        synchronized (t) {
            return Map.copyOf(t);
        }
    }

    /** Replaces or adds tags, as long as the result stays within {@code limit} keys; returns false otherwise. */
    public boolean put(String arn, Map<String, String> add, int limit) {
        TreeMap<String, String> t = tags.computeIfAbsent(arn, k -> new TreeMap<>());
        synchronized (t) {
            TreeMap<String, String> merged = new TreeMap<>(t);
            merged.putAll(add);
            if (merged.size() > limit) {
                return false;
            }
            t.putAll(add);
            return true;
        }
    }

    public void remove(String arn, Iterable<String> keys) {
        TreeMap<String, String> t = tags.get(arn);
        if (t != null) {
            synchronized (t) {
                keys.forEach(t::remove);
            }
        }
    }

    /** Forgets every tag of a resource that no longer exists. */
    public void drop(String arn) {
        tags.remove(arn);
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        if (event.qualifier() == null) {
            drop(LambdaArns.function(event.scope(), event.functionName(), null));
        }
    }
}
