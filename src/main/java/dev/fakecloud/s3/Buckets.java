package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.BucketStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.UnaryOperator;

/** Looks buckets up for the operations, answering {@code NoSuchBucket} as S3 does when there is none. */
@ApplicationScoped
public class Buckets {

    private final BucketStore store;

    public Buckets(BucketStore store) {
        this.store = store;
    }

    public S3Bucket require(String name) {
        S3Bucket bucket = store.get(name);
        if (bucket == null) {
            throw S3Errors.noSuchBucket(name);
        }
        return bucket;
    }

    public S3Bucket find(String name) {
        return store.get(name);
    }

    /** Changes an existing bucket; {@code NoSuchBucket} when it is gone. */
    public S3Bucket change(String name, UnaryOperator<S3Bucket> change) {
        S3Bucket changed = store.update(name, change);
        if (changed == null) {
            throw S3Errors.noSuchBucket(name);
        }
        return changed;
    }
}
