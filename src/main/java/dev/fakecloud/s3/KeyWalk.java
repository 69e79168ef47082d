package dev.fakecloud.s3;

import dev.fakecloud.s3.model.ObjectEntry;
import dev.fakecloud.s3.store.ObjectStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Walks a bucket's keys in order under a prefix, after a marker, rolling keys up into common prefixes at the
 * delimiter as S3's listings do: each item is a key's entry or a common prefix (once, and never one at or before
 * the marker). Reads the store a page at a time and skips whole common prefixes without visiting their keys.
 */
final class KeyWalk implements Iterator<KeyWalk.Item> {

    /** A key (with its versions) or a common prefix. */
    record Item(ObjectEntry entry, String commonPrefix) {
        String name() {
            return entry != null ? entry.key() : commonPrefix;
        }
    }

    private static final int PAGE = 1000;

    private final ObjectStore store;
    private final String bucket;
    private final String prefix;
    private final String delimiter;
    private final String marker;
    private final Predicate<ObjectEntry> include;
    private final Deque<ObjectEntry> page = new ArrayDeque<>();
    private String cursor;
    private boolean cursorInclusive;
    private boolean exhausted;
    private Item next;

    KeyWalk(ObjectStore store, String bucket, String prefix, String delimiter, String marker,
            Predicate<ObjectEntry> include) {
        this.store = store;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.delimiter = delimiter == null || delimiter.isEmpty() ? null : delimiter;
        this.marker = marker == null || marker.isEmpty() ? null : marker;
        this.include = include;
        if (this.marker != null && this.marker.compareTo(this.prefix) >= 0) {
            cursor = this.marker;
            cursorInclusive = false;
        } else {
            cursor = this.prefix;
            cursorInclusive = true;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    private Item advance() {
        while (true) {
            ObjectEntry entry = nextEntry();
            if (entry == null) {
                return null;
            }
            String key = entry.key();
            if (!key.startsWith(prefix)) {
                if (key.compareTo(prefix) > 0) {
                    exhausted = true;
                    page.clear();
                    return null;
                }
                continue;
            }
            if (delimiter != null) {
                int at = key.indexOf(delimiter, prefix.length());
                if (at >= 0) {
                    String common = key.substring(0, at + delimiter.length());
                    skipPast(common);
                    if (marker != null && common.compareTo(marker) <= 0) {
                        continue;
                    }
                    return new Item(null, common);
                }
            }
            if (include.test(entry)) {
                return new Item(entry, null);
            }
        }
    }

    private ObjectEntry nextEntry() {
        if (page.isEmpty() && !exhausted) {
            var loaded = store.page(bucket, cursor, cursorInclusive, PAGE);
            if (loaded.size() < PAGE) {
                exhausted = true;
            }
            page.addAll(loaded);
            if (!loaded.isEmpty()) {
                cursor = loaded.get(loaded.size() - 1).key();
                cursorInclusive = false;
            }
        }
        return page.pollFirst();
    }

    /** Continues after every key that starts with {@code common}. */
    private void skipPast(String common) {
        page.removeIf(e -> e.key().startsWith(common));
        if (page.isEmpty()) {
            cursor = common + Character.MAX_VALUE;
            cursorInclusive = false;
        }
    }
}
