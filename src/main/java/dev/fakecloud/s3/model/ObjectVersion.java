package dev.fakecloud.s3.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of an object (or a delete marker), immutable. The bytes live in the blob store under {@code blob}.
 *
 * @param versionId S3's version id, {@code "null"} for the version of an unversioned or suspended bucket
 * @param etag as S3 quotes it in headers minus the quotes: the MD5 in hex, or {@code <md5>-<parts>}
 * @param partSizes the sizes of the parts of a multipart upload, in order; empty for a single PUT
 * @param sequencer increases with every change of a key, as S3's event sequencer
 */
public record ObjectVersion(String versionId, boolean deleteMarker, String blob, long size, String etag,
        Instant lastModified, ContentHeaders content, Map<String, String> metadata, Map<String, String> tags,
        String storageClass, Checksum checksum, List<Long> partSizes, String sequencer, String acl) {

    public ObjectVersion {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        partSizes = partSizes == null ? List.of() : List.copyOf(partSizes);
        content = content == null ? ContentHeaders.NONE : content;
    }

    public static ObjectVersion deleteMarker(String versionId, Instant at, String sequencer) {
        return new ObjectVersion(versionId, true, null, 0, null, at, null, null, null, null, null, null, sequencer,
                null);
    }

    public String quotedEtag() {
        return etag == null ? null : "\"" + etag + "\"";
    }

    /** The same version under another id and sequencer (as it is committed). */
    public ObjectVersion withIdentity(String newVersionId, String newSequencer) {
        return new ObjectVersion(newVersionId, deleteMarker, blob, size, etag, lastModified, content, metadata, tags,
                storageClass, checksum, partSizes, newSequencer, acl);
    }

    public ObjectVersion withTags(Map<String, String> newTags) {
        return new ObjectVersion(versionId, deleteMarker, blob, size, etag, lastModified, content, metadata, newTags,
                storageClass, checksum, partSizes, sequencer, acl);
    }

    public ObjectVersion withAcl(String newAcl) {
        return new ObjectVersion(versionId, deleteMarker, blob, size, etag, lastModified, content, metadata, tags,
                storageClass, checksum, partSizes, sequencer, newAcl);
    }
}
