package dev.fakecloud.core.store;

import com.fasterxml.jackson.databind.JavaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One table of a service's state: immutable values by key. Every change is atomic per key (the value is replaced
 * as a whole, compare-and-swap style) and, when the store is persistent, recorded in the journal in the order it
 * was applied to that key. Reads never lock. A table created with an order also keeps its keys sorted, for
 * listings and ranges.
 *
 * <p>Values must be immutable (records of immutable collections): the journal serialises them after the change,
 * off the caller's thread.
 */
public final class Table<K, V> {

    private final String name;
    private final JavaType keyType;
    private final JavaType valueType;
    private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();
    private final NavigableSet<K> sortedKeys;
    private final Journal journal;

    Table(String name, JavaType keyType, JavaType valueType, Comparator<? super K> order, Journal journal) {
        this.name = name;
        this.keyType = keyType;
        this.valueType = valueType;
        this.sortedKeys = order == null ? null : new ConcurrentSkipListSet<>(order);
        this.journal = journal;
    }

    public String name() {
        return name;
    }

    JavaType keyType() {
        return keyType;
    }

    JavaType valueType() {
        return valueType;
    }

    public V get(K key) {
        return rows.get(key);
    }

    public Optional<V> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    public boolean contains(K key) {
        return rows.containsKey(key);
    }

    public int size() {
        return rows.size();
    }

    /** Stores {@code value} under {@code key}, replacing what was there. */
    public void put(K key, V value) {
        rows.compute(key, (k, current) -> changed(k, current, value));
    }

    /** Stores the value unless the key is taken; returns the value already stored, or null when this one was. */
    public V putIfAbsent(K key, V value) {
        Object[] existing = new Object[1];
        rows.compute(key, (k, current) -> {
            if (current != null) {
                existing[0] = current;
                return current;
            }
            return changed(k, null, value);
        });
        @SuppressWarnings("unchecked")
        V found = (V) existing[0];
        return found;
    }

    /** Replaces {@code expected} by {@code next} if the key still holds {@code expected} (by identity or equality). */
    public boolean replace(K key, V expected, V next) {
        boolean[] swapped = {false};
        rows.computeIfPresent(key, (k, current) -> {
            if (current != expected && !current.equals(expected)) {
                return current;
            }
            swapped[0] = true;
            return changed(k, current, next);
        });
        return swapped[0];
    }

    /**
     * Changes the value of an existing key atomically; {@code change} may return null to remove it, or the same
     * instance to leave it as it is. Returns the new value, or null when the key is (now) absent. {@code change}
     * runs while the key is held: keep it short, and never touch this table from it.
     */
    public V update(K key, UnaryOperator<V> change) {
        return rows.computeIfPresent(key, (k, current) -> changed(k, current, change.apply(current)));
    }

    /** Like {@link #update} but {@code change} also sees an absent key (as null) and may create it. */
    public V upsert(K key, UnaryOperator<V> change) {
        return rows.compute(key, (k, current) -> changed(k, current, change.apply(current)));
    }

    public V remove(K key) {
        Object[] removed = new Object[1];
        rows.computeIfPresent(key, (k, current) -> {
            removed[0] = current;
            return changed(k, current, null);
        });
        @SuppressWarnings("unchecked")
        V value = (V) removed[0];
        return value;
    }

    /** Removes the key only while it holds {@code expected}; true when removed. */
    public boolean remove(K key, V expected) {
        return replace(key, expected, null);
    }

    /** Removes every row the predicate accepts; returns the removed values. */
    public List<V> removeIf(BiPredicate<? super K, ? super V> which) {
        List<V> removed = new ArrayList<>();
        for (Map.Entry<K, V> e : rows.entrySet()) {
            if (which.test(e.getKey(), e.getValue())) {
                V value = e.getValue();
                if (remove(e.getKey(), value)) {
                    removed.add(value);
                }
            }
        }
        return removed;
    }

    /** The values, unordered (weakly consistent: a concurrent change may or may not be seen). */
    public Collection<V> values() {
        return rows.values();
    }

    /** The rows, unordered (weakly consistent). */
    public Collection<Map.Entry<K, V>> entries() {
        return rows.entrySet();
    }

    /** The values in key order; only for tables created with an order. */
    public List<V> sortedValues() {
        return valuesOf(requireSorted());
    }

    /** The values whose keys lie in {@code [from, to)} in key order; only for tables created with an order. */
    public List<V> range(K from, K to) {
        return valuesOf(requireSorted().subSet(from, true, to, false));
    }

    /**
     * At most {@code limit} values whose keys lie in {@code [from, to)}, in key order, read without copying the rest
     * of the range (a log read page by page); only for tables created with an order.
     */
    public List<V> range(K from, K to, int limit) {
        List<V> values = new ArrayList<>(Math.min(limit, 1024));
        for (K k : requireSorted().subSet(from, true, to, false)) {
            if (values.size() >= limit) {
                break;
            }
            V v = rows.get(k);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    /** At most {@code limit} keys in {@code [from, to)}, in key order; only for tables created with an order. */
    public List<K> keys(K from, K to, int limit) {
        List<K> keys = new ArrayList<>(Math.min(limit, 1024));
        for (K k : requireSorted().subSet(from, true, to, false)) {
            if (keys.size() >= limit) {
                break;
            }
            keys.add(k);
        }
        return keys;
    }

    /** The values of keys after {@code from} ({@code inclusive}: from it on), in key order. */
    public List<V> tail(K from, boolean inclusive) {
        return valuesOf(requireSorted().tailSet(from, inclusive));
    }

    /** The greatest key in {@code [from, to)}, or null. */
    public K lastKeyIn(K from, K to) {
        NavigableSet<K> sub = requireSorted().subSet(from, true, to, false);
        return sub.isEmpty() ? null : sub.last();
    }

    private List<V> valuesOf(Collection<K> keys) {
        List<V> values = new ArrayList<>();
        for (K k : keys) {
            V v = rows.get(k);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private NavigableSet<K> requireSorted() {
        if (sortedKeys == null) {
            throw new IllegalStateException("table " + name + " was created without an order");
        }
        return sortedKeys;
    }

    /** Maps every value (for views built from the whole table). */
    public <R> List<R> map(Function<? super V, R> mapper) {
        List<R> out = new ArrayList<>(rows.size());
        rows.values().forEach(v -> out.add(mapper.apply(v)));
        return out;
    }

    /** Runs while {@code key} is held by the map: records the change and keeps the sorted index in step. */
    private V changed(K key, V current, V next) {
        if (next == current) {
            return current;
        }
        if (sortedKeys != null) {
            if (current == null) {
                sortedKeys.add(key);
            } else if (next == null) {
                sortedKeys.remove(key);
            }
        }
        journal.record(this, key, next);
        return next;
    }

    /** Applies a restored row, without recording it. */
    void restore(K key, V value) {
        if (value == null) {
            if (rows.remove(key) != null && sortedKeys != null) {
                sortedKeys.remove(key);
            }
        } else if (rows.put(key, value) == null && sortedKeys != null) {
            sortedKeys.add(key);
        }
    }
}
