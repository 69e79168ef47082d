package dev.fakecloud.events;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.events.model.EventsShapes.Tag;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Tags of buses and rules, by resource ARN, in the state store; they go when their resource goes. */
@Startup
@ApplicationScoped
public class TagStore {

    /** The tags of one resource, in key order. */
    public record TagSet(SortedMap<String, String> tags) {
        public TagSet {
            tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        }
    }

    private final Table<String, TagSet> tags;

    public TagStore(StateStore store) {
        this.tags = store.table("events.tags", String.class, TagSet.class);
    }

    List<Tag> get(String arn) {
        TagSet set = tags.get(arn);
        return set == null ? List.of()
                : set.tags().entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
    }

    void put(String arn, Collection<Tag> add) {
        if (add == null || add.isEmpty()) {
            return;
        }
        tags.upsert(arn, current -> {
            TreeMap<String, String> merged = current == null ? new TreeMap<>() : new TreeMap<>(current.tags());
            add.forEach(t -> merged.put(t.key(), t.value()));
            return new TagSet(merged);
        });
    }

    void remove(String arn, Collection<String> keys) {
        tags.update(arn, current -> {
            TreeMap<String, String> left = new TreeMap<>(current.tags());
            keys.forEach(left::remove);
            return left.isEmpty() ? null : new TagSet(left);
        });
    }

    void drop(String arn) {
        tags.remove(arn);
    }
}
