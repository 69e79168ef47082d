package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import dev.fakecloud.dynamodb.streams.StreamService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Commits one item change: the item, its indexes and its stream record together. Writer thread only. */
@ApplicationScoped
public class ItemWrites {

    private final ItemStore items;
    private final StreamService streams;

    public ItemWrites(ItemStore items, StreamService streams) {
        this.items = items;
        this.streams = streams;
    }

    /** Stores {@code item}; returns the item it replaced (null: none). */
    Map<String, Value> put(TableDef t, Map<String, Value> item) {
        Map<String, Value> before = items.put(t, item);
        streams.record(t, before, item, false);
        return before;
    }

    /** Deletes the item with {@code key}; returns it (null: there was none). */
    Map<String, Value> delete(TableDef t, Map<String, Value> key, boolean byTtl) {
        Map<String, Value> before = items.remove(t, key);
        if (before != null) {
            streams.record(t, before, null, byTtl);
        }
        return before;
    }
}
