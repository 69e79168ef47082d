package dev.fakecloud.core.store;

/** Where tables record their changes: nowhere (state in memory only) or an append-only file. */
interface Journal {

    /** Records that {@code key} of {@code table} now holds {@code value} (null: removed). Never blocks on I/O. */
    void record(Table<?, ?> table, Object key, Object value);

    /** The journal of a store kept in memory only. */
    Journal NONE = (table, key, value) -> {
    };
}
