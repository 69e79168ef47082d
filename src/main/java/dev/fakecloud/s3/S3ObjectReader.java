package dev.fakecloud.s3;

import dev.fakecloud.core.AwsException;
import dev.fakecloud.core.objects.ObjectReadException;
import dev.fakecloud.core.objects.ObjectReader;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.store.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;

/** Other services' way into S3's objects: a GetObject by bucket, key and version, in process, with S3's errors. */
@ApplicationScoped
public class S3ObjectReader implements ObjectReader {

    private final Buckets buckets;
    private final Versions versions;
    private final BlobStore blobs;

    public S3ObjectReader(Buckets buckets, Versions versions, BlobStore blobs) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
    }

    @Override
    public byte[] read(String bucket, String key, String versionId, long maxBytes) {
        ObjectVersion v;
        try {
            buckets.require(bucket);
            v = versions.find(bucket, key, versionId, "GET");
        } catch (AwsException e) {
            throw new ObjectReadException(e.code(), e.getMessage());
        }
        if (v.size() > maxBytes) {
            throw new ObjectReadException("EntityTooLarge", "The object is larger than " + maxBytes + " bytes");
        }
        return v.size() == 0 ? new byte[0] : blobs.readAll(v.blob());
    }
}
