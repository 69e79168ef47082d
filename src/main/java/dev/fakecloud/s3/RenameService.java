package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.BlobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * RenameObject: the object under {@code x-amz-rename-source} moves to the request's key within the same bucket,
 * keeping its bytes, ETag, metadata, tags, checksum and last-modified date; {@code If-None-Match: *} (and the other
 * write conditions) guard the new name with a 412. AWS offers it for directory buckets; fakecloud renames in any
 * bucket.
 */
@ApplicationScoped
public class RenameService {

    private final Buckets buckets;
    private final Versions versions;
    private final BlobStore blobs;

    public RenameService(Buckets buckets, Versions versions, BlobStore blobs) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
    }

    Uni<StreamedResponse> rename(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        String sourceKey = sourceKey(call, bucket.name());
        if (call.key().endsWith("/") || sourceKey.endsWith("/")) {
            throw S3Errors.invalidRequest("RenameObject does not rename objects whose names end with a slash.");
        }
        ObjectVersion src = versions.find(bucket.name(), sourceKey, null, "GET");
        var precondition = Conditions.write(call);
        return blobs.copy(src.blob()).map(blob -> {
            ObjectVersion draft = new ObjectVersion(null, false, blob, src.size(), src.etag(), src.lastModified(),
                    src.content(), src.metadata(), src.tags(), src.storageClass(), src.checksum(), src.partSizes(),
                    null, src.acl());
            try {
                versions.put(buckets.require(bucket.name()), call.key(), draft, precondition);
            } catch (RuntimeException e) {
                blobs.delete(List.of(blob));
                throw e;
            }
            versions.delete(buckets.require(bucket.name()), sourceKey, null);
            return Reply.ok().build();
        });
    }

    /** {@code x-amz-rename-source}: the source key, URL-encoded, optionally after {@code [/]bucket/}. */
    private static String sourceKey(S3Call call, String bucket) {
        String header = call.header("x-amz-rename-source");
        if (header == null || header.isBlank()) {
            throw S3Errors.invalidArgument("RenameSource must name the object to rename.", "x-amz-rename-source",
                    header);
        }
        String value = AwsRequest.decode(header.trim());
        if (value.startsWith("/")) {
            value = value.substring(1);
        }
        return value.startsWith(bucket + "/") ? value.substring(bucket.length() + 1) : value;
    }
}
