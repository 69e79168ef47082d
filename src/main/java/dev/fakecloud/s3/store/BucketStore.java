package dev.fakecloud.s3.store;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.s3.model.S3Bucket;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Every bucket, by name (bucket names are global, as on AWS), in name order, in the state store. */
@Startup
@ApplicationScoped
public class BucketStore {

    private final Table<String, S3Bucket> buckets;

    public BucketStore(StateStore store) {
        this.buckets = store.sortedTable("s3.buckets", String.class, S3Bucket.class, Comparator.naturalOrder());
    }

    public S3Bucket get(String name) {
        return name == null ? null : buckets.get(name);
    }

    /** Stores the bucket unless the name is taken; returns the bucket already there, or null. */
    public S3Bucket putIfAbsent(S3Bucket bucket) {
        return buckets.putIfAbsent(bucket.name(), bucket);
    }

    public S3Bucket update(String name, UnaryOperator<S3Bucket> change) {
        return buckets.update(name, change);
    }

    public boolean remove(S3Bucket bucket) {
        return buckets.remove(bucket.name(), bucket);
    }

    public List<S3Bucket> all() {
        return buckets.sortedValues();
    }
}
