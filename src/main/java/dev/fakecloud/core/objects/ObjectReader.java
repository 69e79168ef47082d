package dev.fakecloud.core.objects;

/**
 * Reads an object out of fakecloud's object storage (S3), for services that take their input from a bucket (Lambda
 * code and layers from {@code S3Bucket}/{@code S3Key}/{@code S3ObjectVersion}). Lambda knows this interface and S3
 * implements it, so that neither imports the other.
 */
public interface ObjectReader {

    /**
     * The bytes of the object (the current version, or {@code versionId} when not null), at most {@code maxBytes}
     * of them. Blocking (the bytes are read from disk): call it off the event loop.
     *
     * @throws ObjectReadException with S3's error code and message when the bucket, key or version does not exist
     *     or the object is larger than {@code maxBytes}
     */
    byte[] read(String bucket, String key, String versionId, long maxBytes);
}
