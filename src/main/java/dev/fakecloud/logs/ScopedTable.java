package dev.fakecloud.logs;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One kind of CloudWatch Logs resource in the state store, scoped to the caller's account and region and keyed by
 * its name or id there, in key order. Values are immutable records; every change goes through the owning service.
 */
final class ScopedTable<V> {

    private final Table<String, V> table;

    ScopedTable(StateStore store, String name, Class<V> type) {
        this.table = store.sortedTable(name, String.class, type, Comparator.naturalOrder());
    }

    private static String key(LogsCall call, String id) {
        return call.accountId() + LogStore.SEP + call.region() + LogStore.SEP + id;
    }

    V get(LogsCall call, String id) {
        return table.get(key(call, id));
    }

    void put(LogsCall call, String id, V value) {
        table.put(key(call, id), value);
    }

    V putIfAbsent(LogsCall call, String id, V value) {
        return table.putIfAbsent(key(call, id), value);
    }

    /** The changed value, or null when there is none under {@code id}. */
    V update(LogsCall call, String id, UnaryOperator<V> change) {
        return table.update(key(call, id), change);
    }

    /** The removed value, or null when there was none. */
    V remove(LogsCall call, String id) {
        return table.remove(key(call, id));
    }

    /** The values whose id starts with {@code prefix} (all of the scope when it is null or empty), in id order. */
    List<V> list(LogsCall call, String prefix) {
        String from = key(call, prefix == null ? "" : prefix);
        return table.range(from, from + Character.MAX_VALUE);
    }
}
