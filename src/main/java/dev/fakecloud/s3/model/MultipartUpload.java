package dev.fakecloud.s3.model;

import java.time.Instant;
import java.util.Map;

/**
 * A multipart upload in progress, with the parts uploaded so far by part number.
 *
 * @param checksumAlgorithm the algorithm the upload was created with, or null
 * @param checksumType {@code COMPOSITE} or {@code FULL_OBJECT} when an algorithm is set
 */
public record MultipartUpload(String uploadId, String bucket, String key, Instant initiated, ContentHeaders content,
        Map<String, String> metadata, Map<String, String> tags, String storageClass, String checksumAlgorithm,
        String checksumType, Map<Integer, UploadPart> parts) {

    public MultipartUpload {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        parts = parts == null ? Map.of() : Map.copyOf(parts);
    }

    public MultipartUpload withPart(UploadPart part) {
        Map<Integer, UploadPart> copy = new java.util.HashMap<>(parts);
        copy.put(part.partNumber(), part);
        return new MultipartUpload(uploadId, bucket, key, initiated, content, metadata, tags, storageClass,
                checksumAlgorithm, checksumType, copy);
    }

    /** One uploaded part: its bytes in the blob store, and its checksum (base64) when the upload has an algorithm. */
    public record UploadPart(int partNumber, String blob, long size, String etag, Instant lastModified,
            String checksum) {
    }
}
