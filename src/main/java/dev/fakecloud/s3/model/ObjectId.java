package dev.fakecloud.s3.model;

import java.util.Comparator;

/** An object's name: its bucket and key. Ordered by bucket, then key, as S3 lists them. */
public record ObjectId(String bucket, String key) {

    public static final Comparator<ObjectId> ORDER = Comparator.comparing(ObjectId::bucket)
            .thenComparing(ObjectId::key);
}
