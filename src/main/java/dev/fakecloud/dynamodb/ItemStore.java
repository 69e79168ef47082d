package dev.fakecloud.dynamodb;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Scalars;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import dev.fakecloud.dynamodb.model.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The items of every table, in the state store, ordered as AWS orders an item collection: by partition, then by
 * sort key as its type orders (numbers numerically, strings and binaries bytewise). A query reads one partition's
 * range, never the table. Secondary indexes are kept beside it in memory (rebuilt from the items at start-up) and
 * changed with every write. Writes happen on the {@link DynamoWriter} thread only.
 */
@ApplicationScoped
public class ItemStore {

    /** Where an item lives: its table (by creation id), partition key text, sort key type and text ("" if none). */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record ItemKey(String table, String hash, String rangeType, String range) {
    }

    /** An item as stored. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record StoredItem(Map<String, Value> attributes) {
    }

    /** An index entry: the index key, then the table key for uniqueness. */
    record IndexKey(String hash, String rangeType, String range, String tableHash, String tableRangeType,
            String tableRange) {
    }

    static final Comparator<ItemKey> ITEM_ORDER = Comparator.comparing(ItemKey::table)
            .thenComparing(ItemKey::hash, Scalars::compareUtf8)
            .thenComparing((a, b) -> rangeCompare(a.rangeType(), a.range(), b.rangeType(), b.range()));

    static final Comparator<IndexKey> INDEX_ORDER = Comparator.comparing(IndexKey::hash, Scalars::compareUtf8)
            .thenComparing((a, b) -> rangeCompare(a.rangeType(), a.range(), b.rangeType(), b.range()))
            .thenComparing(IndexKey::tableHash, Scalars::compareUtf8)
            .thenComparing((a, b) -> rangeCompare(a.tableRangeType(), a.tableRange(), b.tableRangeType(),
                    b.tableRange()));

    private static int rangeCompare(String ta, String a, String tb, String b) {
        if (ta.isEmpty() || tb.isEmpty()) {
            return Boolean.compare(!ta.isEmpty(), !tb.isEmpty());
        }
        int byType = ta.compareTo(tb);
        return byType != 0 ? byType : Scalars.compare(ta, a, b);
    }

    private final Table<ItemKey, StoredItem> items;
    /** Table id, then index name, then the entries. */
    private final Map<String, Map<String, ConcurrentSkipListMap<IndexKey, Map<String, Value>>>> indexes =
            new ConcurrentHashMap<>();

    public ItemStore(StateStore store, TableStore tables) {
        this.items = store.sortedTable("dynamodb.items", ItemKey.class, StoredItem.class, ITEM_ORDER);
        for (TableDef t : tables.all()) {
            rebuildIndexes(t);
        }
    }

    public static ItemKey keyOf(TableDef t, Map<String, Value> item) {
        KeySchema k = t.key();
        Value h = item.get(k.hashName());
        Value r = k.hasRange() ? item.get(k.rangeName()) : null;
        return new ItemKey(t.id(), Scalars.text(h), r == null ? "" : r.type(), r == null ? "" : Scalars.text(r));
    }

    public Map<String, Value> get(TableDef t, Map<String, Value> key) {
        StoredItem s = items.get(keyOf(t, key));
        return s == null ? null : s.attributes();
    }

    /** Stores the item (replacing the one with its key); returns the one replaced, or null. Writer thread only. */
    Map<String, Value> put(TableDef t, Map<String, Value> item) {
        ItemKey key = keyOf(t, item);
        StoredItem old = items.get(key);
        items.put(key, new StoredItem(item));
        Map<String, Value> previous = old == null ? null : old.attributes();
        reindex(t, key, previous, item);
        return previous;
    }

    /** Removes the item with this key; returns it, or null. Writer thread only. */
    Map<String, Value> remove(TableDef t, Map<String, Value> key) {
        ItemKey k = keyOf(t, key);
        StoredItem old = items.remove(k);
        if (old == null) {
            return null;
        }
        reindex(t, k, old.attributes(), null);
        return old.attributes();
    }

    /** The items of one partition, in sort key order. */
    public List<Map<String, Value>> partition(TableDef t, Value hash) {
        String h = Scalars.text(hash);
        return attributes(items.range(new ItemKey(t.id(), h, "", ""), new ItemKey(t.id(), h + '\0', "", "")));
    }

    /** Every item of the table, partition by partition. */
    public List<Map<String, Value>> all(TableDef t) {
        return attributes(items.range(new ItemKey(t.id(), "", "", ""), new ItemKey(t.id() + '\0', "", "", "")));
    }

    public int count(TableDef t) {
        return all(t).size();
    }

    private static List<Map<String, Value>> attributes(List<StoredItem> stored) {
        List<Map<String, Value>> out = new ArrayList<>(stored.size());
        stored.forEach(s -> out.add(s.attributes()));
        return out;
    }

    /** The entries of one partition of an index, in index sort key order. */
    public List<Map<String, Value>> indexPartition(TableDef t, IndexDef index, Value hash) {
        String h = Scalars.text(hash);
        return new ArrayList<>(index(t, index.name()).subMap(new IndexKey(h, "", "", "", "", ""),
                new IndexKey(h + '\0', "", "", "", "", "")).values());
    }

    public List<Map<String, Value>> indexAll(TableDef t, IndexDef index) {
        return new ArrayList<>(index(t, index.name()).values());
    }

    private ConcurrentSkipListMap<IndexKey, Map<String, Value>> index(TableDef t, String name) {
        var byName = indexes.get(t.id());
        var entries = byName == null ? null : byName.get(name);
        return entries == null ? new ConcurrentSkipListMap<>(INDEX_ORDER) : entries;
    }

    /** Drops every item of a deleted table. Writer thread only. */
    void drop(TableDef t) {
        for (Map<String, Value> item : all(t)) {
            items.remove(keyOf(t, item));
        }
        indexes.remove(t.id());
    }

    /** Builds the table's secondary indexes from its items (at start-up, after a new GSI). Writer thread only. */
    void rebuildIndexes(TableDef t) {
        Map<String, ConcurrentSkipListMap<IndexKey, Map<String, Value>>> byName = new ConcurrentHashMap<>();
        List<IndexDef> all = new ArrayList<>(t.globalIndexes());
        all.addAll(t.localIndexes());
        for (IndexDef i : all) {
            byName.put(i.name(), new ConcurrentSkipListMap<>(INDEX_ORDER));
        }
        indexes.put(t.id(), byName);
        for (Map<String, Value> item : all(t)) {
            reindex(t, keyOf(t, item), null, item);
        }
    }

    private void reindex(TableDef t, ItemKey key, Map<String, Value> before, Map<String, Value> after) {
        var byName = indexes.get(t.id());
        if (byName == null) {
            return;
        }
        List<IndexDef> all = new ArrayList<>(t.globalIndexes());
        all.addAll(t.localIndexes());
        for (IndexDef i : all) {
            var entries = byName.get(i.name());
            if (entries == null) {
                continue;
            }
            KeySchema schema = t.schemaOf(i.keySchema());
            if (before != null) {
                IndexKey old = indexKey(schema, key, before);
                if (old != null) {
                    entries.remove(old);
                }
            }
            if (after != null) {
                IndexKey now = indexKey(schema, key, after);
                if (now != null) {
                    entries.put(now, after);
                }
            }
        }
    }

    /** The order items are read in from the table ({@code index} null) or an index, for paging. */
    public Comparator<Map<String, Value>> order(TableDef t, IndexDef index) {
        if (index == null) {
            return (a, b) -> ITEM_ORDER.compare(keyOf(t, a), keyOf(t, b));
        }
        KeySchema schema = t.schemaOf(index.keySchema());
        return (a, b) -> INDEX_ORDER.compare(indexKey(schema, keyOf(t, a), a), indexKey(schema, keyOf(t, b), b));
    }

    private static IndexKey indexKey(KeySchema schema, ItemKey key, Map<String, Value> item) {
        Map<String, Value> k = schema.keyOf(item);
        if (k == null) {
            return null;
        }
        Value r = schema.hasRange() ? k.get(schema.rangeName()) : null;
        return new IndexKey(Scalars.text(k.get(schema.hashName())), r == null ? "" : r.type(),
                r == null ? "" : Scalars.text(r), key.hash(), key.rangeType(), key.range());
    }
}
