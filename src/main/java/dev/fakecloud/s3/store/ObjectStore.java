package dev.fakecloud.s3.store;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.s3.model.ObjectEntry;
import dev.fakecloud.s3.model.ObjectId;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every object's versions by bucket and key, in key order, in the state store; the bytes are in the
 * {@link BlobStore}. A key's versions change together, atomically.
 */
@Startup
@ApplicationScoped
public class ObjectStore {

    private final Table<ObjectId, ObjectEntry> objects;

    public ObjectStore(StateStore store) {
        this.objects = store.sortedTable("s3.objects", ObjectId.class, ObjectEntry.class, ObjectId.ORDER);
    }

    public ObjectEntry get(String bucket, String key) {
        return objects.get(new ObjectId(bucket, key));
    }

    /**
     * Changes a key's versions atomically: {@code change} sees the entry (null when the key has none) and returns
     * the new one (null, or no versions, removes the key). Returns the entry now stored, or null.
     */
    public ObjectEntry change(String bucket, String key, UnaryOperator<ObjectEntry> change) {
        return objects.upsert(new ObjectId(bucket, key), current -> {
            ObjectEntry next = change.apply(current);
            return next == null || next.versions().isEmpty() ? null : next;
        });
    }

    /** At most {@code limit} keys of the bucket from {@code from} on (after it when not {@code inclusive}). */
    public List<ObjectEntry> page(String bucket, String from, boolean inclusive, int limit) {
        return objects.range(new ObjectId(bucket, from), inclusive, new ObjectId(bucket + "\u0000", ""), limit);
    }

    public boolean isEmpty(String bucket) {
        return page(bucket, "", true, 1).isEmpty();
    }

    /** The number of keys of every bucket (for the bucket's removal and a restore's check of blobs). */
    public java.util.Collection<ObjectEntry> all() {
        return objects.values();
    }
}
