package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.error.S3Exception;
import dev.fakecloud.s3.io.ChecksumAlgorithm;
import dev.fakecloud.s3.io.ChunkedDecoder;
import dev.fakecloud.s3.io.UploadSink;
import dev.fakecloud.s3.model.Checksum;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.notify.S3Event;
import dev.fakecloud.s3.notify.S3Notifier;
import dev.fakecloud.s3.store.BlobStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Objects: PutObject (streamed to disk), GetObject with ranges and conditions, HeadObject, DeleteObject. */
@ApplicationScoped
public class ObjectService {

    private final Buckets buckets;
    private final Versions versions;
    private final BlobStore blobs;
    private final S3Notifier notifier;
    private final Vertx vertx;

    public ObjectService(Buckets buckets, Versions versions, BlobStore blobs, S3Notifier notifier, Vertx vertx) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.notifier = notifier;
        this.vertx = vertx;
    }

    /** What a streamed body became: its blob, size, MD5 (hex) and checksum (null when none was computed). */
    record Stored(String blob, long size, String md5, Checksum checksum) {
    }

    /**
     * Receives a write's body into a new blob, decoding {@code aws-chunked}, and checks it against the
     * {@code Content-MD5} and the declared checksum (header or trailer). Shared by PutObject and UploadPart.
     */
    Uni<Stored> receive(S3Call call, List<ChecksumAlgorithm> algorithms) {
        String contentMd5 = call.header("content-md5");
        byte[] expectedMd5 = null;
        if (contentMd5 != null) {
            try {
                expectedMd5 = Base64.getDecoder().decode(contentMd5.trim());
            } catch (IllegalArgumentException e) {
                throw S3Errors.invalidDigest(contentMd5);
            }
            if (expectedMd5.length != 16) {
                throw S3Errors.invalidDigest(contentMd5);
            }
        }
        byte[] md5Expected = expectedMd5;
        String blob = blobs.newId();
        return UploadSink.receive(vertx, call.body(), blobs.path(blob), call.chunked(), algorithms, blobs.fsync())
                .onFailure(ChunkedDecoder.MalformedChunkException.class).transform(e -> S3Errors.incompleteBody())
                .onFailure(io.vertx.core.http.HttpClosedException.class).transform(e -> S3Errors.incompleteBody())
                .map(received -> {
                    try {
                        return check(call, blob, received, md5Expected, contentMd5);
                    } catch (S3Exception e) {
                        blobs.delete(List.of(blob));
                        throw e;
                    }
                });
    }

    private static Stored check(S3Call call, String blob, UploadSink.Received received, byte[] md5Expected,
            String contentMd5) {
        String decoded = call.header("x-amz-decoded-content-length");
        if (decoded != null && call.chunked()) {
            try {
                if (Long.parseLong(decoded.trim()) != received.size()) {
                    throw S3Errors.incompleteBody();
                }
            } catch (NumberFormatException ignored) {
                // not a number: nothing to check against
            }
        }
        if (md5Expected != null && !java.util.Arrays.equals(md5Expected, received.md5())) {
            throw S3Errors.contentMd5Mismatch(contentMd5, Base64.getEncoder().encodeToString(received.md5()));
        }
        Checksum checksum = null;
        for (Map.Entry<ChecksumAlgorithm, String> computed : received.checksums().entrySet()) {
            ChecksumAlgorithm a = computed.getKey();
            String declared = received.trailers().getOrDefault(a.header(), call.header(a.header()));
            if (declared != null && !declared.trim().equals(computed.getValue())) {
                throw S3Errors.badDigest(a.name());
            }
            checksum = new Checksum(a.name(), computed.getValue(), "FULL_OBJECT");
        }
        return new Stored(blob, received.size(), HexFormat.of().formatHex(received.md5()), checksum);
    }

    Uni<StreamedResponse> put(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        String acl = Acls.canned(call.header("x-amz-acl"));
        Map<String, String> tags = TagSets.fromHeader(call.header("x-amz-tagging"));
        String storageClass = StorageClasses.check(call.header("x-amz-storage-class"));
        var precondition = Conditions.write(call);
        List<ChecksumAlgorithm> algorithms = ObjectHeaders.requestedChecksums(call);
        boolean defaulted = algorithms.isEmpty();
        return receive(call, defaulted ? List.of(ChecksumAlgorithm.CRC64NVME) : algorithms).map(stored -> {
            ObjectVersion draft = new ObjectVersion(null, false, stored.blob(), stored.size(), stored.md5(),
                    Instant.now(), ObjectHeaders.content(call), ObjectHeaders.metadata(call), tags, storageClass,
                    stored.checksum(), null, null, acl);
            ObjectVersion v;
            try {
                v = versions.put(buckets.require(bucket.name()), call.key(), draft, precondition);
            } catch (RuntimeException e) {
                blobs.delete(List.of(stored.blob()));
                throw e;
            }
            notifier.publish(created(call, bucket, call.key(), v, "ObjectCreated:Put", "PutObject"));
            Reply reply = Reply.ok().header("ETag", v.quotedEtag())
                    .header("x-amz-server-side-encryption", "AES256");
            if (bucket.versioned()) {
                reply.header("x-amz-version-id", v.versionId());
            }
            if (stored.checksum() != null) {
                ChecksumAlgorithm a = ChecksumAlgorithm.parse(stored.checksum().algorithm());
                reply.header(a.header(), stored.checksum().value()).header("x-amz-checksum-type", "FULL_OBJECT");
            }
            return reply.build();
        });
    }

    static S3Event created(S3Call call, S3Bucket bucket, String key, ObjectVersion v, String event, String reason) {
        return new S3Event(event, bucket.region(), call.accountId(), bucket.name(), key, v.size(), v.etag(),
                bucket.versioned() ? v.versionId() : null, v.sequencer(), call.requestId(), call.sourceIp(), reason);
    }

    Uni<StreamedResponse> get(S3Call call) {
        return read(call, false);
    }

    Uni<StreamedResponse> head(S3Call call) {
        return read(call, true);
    }

    private Uni<StreamedResponse> read(S3Call call, boolean head) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), call.method());
        try {
            Conditions.checkRead(call, v);
        } catch (Conditions.NotModified e) {
            return Reply.status(304).header("ETag", v.quotedEtag())
                    .header("Last-Modified", HttpDates.format(v.lastModified())).uni();
        }
        Ranges.Slice slice = Ranges.select(call, v);
        Reply reply = ObjectHeaders.describe(Reply.status(slice.partial() ? 206 : 200), call, v, bucket.versioned());
        if (slice.partial()) {
            reply.header("Content-Range", "bytes " + slice.first() + "-" + slice.last() + "/" + v.size());
        }
        if (slice.partsCount() > 0) {
            reply.header("x-amz-mp-parts-count", slice.partsCount());
        }
        long length = slice.length();
        if (head || length == 0) {
            return reply.header("Content-Length", length).uni();
        }
        return Uni.createFrom().item(reply.file(blobs.path(v.blob()), slice.first(), length));
    }

    Uni<StreamedResponse> delete(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        String versionId = call.query("versionId");
        Versions.Deleted deleted = versions.delete(bucket, call.key(), versionId);
        Reply reply = Reply.status(204);
        if (deleted.deleteMarker()) {
            reply.header("x-amz-delete-marker", "true");
        }
        reply.header("x-amz-version-id", deleted.versionId());
        if (deleted.removed()) {
            notifier.publish(removed(call, bucket, call.key(), deleted));
        }
        return reply.uni();
    }

    static S3Event removed(S3Call call, S3Bucket bucket, String key, Versions.Deleted deleted) {
        boolean marker = deleted.deleteMarker() && call.query("versionId") == null;
        String event = marker ? "ObjectRemoved:DeleteMarkerCreated" : "ObjectRemoved:Delete";
        return new S3Event(event, bucket.region(), call.accountId(), bucket.name(), key, 0, null,
                deleted.versionId(), Versions.sequencer(), call.requestId(), call.sourceIp(), "DeleteObject");
    }
}
