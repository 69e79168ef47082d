package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tags of every Lambda resource, by the resource's unqualified ARN, in the state store. */
@Startup
@ApplicationScoped
public class TagStore {

    /** The tags of one resource, in key order. */
    public record TagSet(SortedMap<String, String> tags) {
        public TagSet {
            tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        }
    }

    private static final Pattern FUNCTION_ARN = Pattern.compile("arn:[^:]+:lambda:([^:]+):(\\d{12}):function:([^:]+)");

    private final Table<String, TagSet> tags;

    public TagStore(StateStore store) {
        this.tags = store.table("lambda.tags", String.class, TagSet.class);
    }

    /** Tags of functions go with their function. */
    void ownedByFunctions(FunctionCleanup cleanup) {
        cleanup.owns(tags, TagStore::functionOf, null);
    }

    private static FunctionKey functionOf(String arn) {
        Matcher m = FUNCTION_ARN.matcher(arn);
        return m.matches() ? new FunctionKey(new Scope(m.group(2), m.group(1)), m.group(3)) : null;
    }

    public Map<String, String> get(String arn) {
        TagSet t = tags.get(arn);
        return t == null ? Map.of() : Map.copyOf(t.tags());
    }

    /** Replaces or adds tags, as long as the result stays within {@code limit} keys; returns false otherwise. */
    public boolean put(String arn, Map<String, String> add, int limit) {
        boolean[] fits = {true};
        tags.upsert(arn, current -> {
            TreeMap<String, String> merged = current == null ? new TreeMap<>() : new TreeMap<>(current.tags());
            merged.putAll(add);
            if (merged.size() > limit) {
                fits[0] = false;
                return current;
            }
            return new TagSet(merged);
        });
        return fits[0];
    }

    public void remove(String arn, Iterable<String> keys) {
        tags.update(arn, current -> {
            TreeMap<String, String> left = new TreeMap<>(current.tags());
            keys.forEach(left::remove);
            return left.isEmpty() ? null : new TagSet(left);
        });
    }

    /** Forgets every tag of a resource that no longer exists. */
    public void drop(String arn) {
        tags.remove(arn);
    }
}
