package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.io.ChecksumAlgorithm;
import dev.fakecloud.s3.model.Checksum;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.notify.S3Notifier;
import dev.fakecloud.s3.store.BlobStore;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * CopyObject: the source's bytes under a new key or version (a hard link where the file system allows, re-read
 * when a multipart source or another checksum needs it), with the metadata and tagging directives.
 */
@ApplicationScoped
public class CopyService {

    private final Buckets buckets;
    private final Versions versions;
    private final BlobStore blobs;
    private final S3Notifier notifier;

    public CopyService(Buckets buckets, Versions versions, BlobStore blobs, S3Notifier notifier) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.notifier = notifier;
    }

    Uni<StreamedResponse> copy(S3Call call) {
        S3Bucket target = buckets.require(call.bucket());
        CopySource source = CopySource.parse(call.header("x-amz-copy-source"));
        S3Bucket sourceBucket = buckets.require(source.bucket());
        ObjectVersion src = versions.find(sourceBucket.name(), source.key(), source.versionId(), "GET");
        Conditions.checkCopySource(call, src, "x-amz-copy-source-");
        String metadataDirective = directive(call, "x-amz-metadata-directive");
        String taggingDirective = directive(call, "x-amz-tagging-directive");
        String storageClass = StorageClasses.check(call.header("x-amz-storage-class"));
        ChecksumAlgorithm requested = ChecksumAlgorithm.parse(call.header("x-amz-checksum-algorithm"));
        boolean sameObject = source.bucket().equals(target.name()) && source.key().equals(call.key());
        if (sameObject && metadataDirective.equals("COPY") && storageClass == null && requested == null
                && call.header("x-amz-website-redirect-location") == null
                && call.header("x-amz-server-side-encryption") == null) {
            throw S3Errors.invalidRequest("This copy request is illegal because it is trying to copy an object to "
                    + "itself without changing the object's metadata, storage class, website redirect location or "
                    + "encryption attributes.");
        }
        var precondition = Conditions.write(call);
        boolean replace = metadataDirective.equals("REPLACE");
        Map<String, String> tags = taggingDirective.equals("REPLACE")
                ? TagSets.fromHeader(call.header("x-amz-tagging")) : src.tags();
        String srcAlgorithm = src.checksum() == null ? null : src.checksum().algorithm();
        ChecksumAlgorithm algorithm = requested != null ? requested
                : srcAlgorithm != null && !src.checksum().composite() ? ChecksumAlgorithm.parse(srcAlgorithm)
                : ChecksumAlgorithm.CRC64NVME;
        boolean reread = !src.partSizes().isEmpty() || src.checksum() == null || src.checksum().composite()
                || !algorithm.name().equals(srcAlgorithm);
        Uni<BlobStore.Joined> bytes = reread
                ? blobs.concat(List.of(BlobStore.Region.all(src.blob())), algorithm, !src.partSizes().isEmpty())
                : blobs.copy(src.blob()).map(id -> new BlobStore.Joined(id, src.size(), src.checksum().value(), null));
        return bytes.map(joined -> {
            String etag = joined.md5() != null ? joined.md5() : src.etag();
            ObjectVersion draft = new ObjectVersion(null, false, joined.id(), src.size(), etag, Instant.now(),
                    replace ? ObjectHeaders.content(call) : src.content(),
                    replace ? ObjectHeaders.metadata(call) : src.metadata(), tags,
                    storageClass != null ? storageClass : src.storageClass(),
                    new Checksum(algorithm.name(), joined.checksum(), "FULL_OBJECT"), null, null,
                    Acls.canned(call.header("x-amz-acl")));
            ObjectVersion v;
            try {
                v = versions.put(buckets.require(target.name()), call.key(), draft, precondition);
            } catch (RuntimeException e) {
                blobs.delete(List.of(joined.id()));
                throw e;
            }
            notifier.publish(ObjectService.created(call, target, call.key(), v, "ObjectCreated:Copy", "CopyObject"));
            XmlOut xml = XmlOut.document("CopyObjectResult").time("LastModified", v.lastModified())
                    .text("ETag", v.quotedEtag()).text(algorithm.xmlName(), v.checksum().value())
                    .text("ChecksumType", "FULL_OBJECT");
            Reply reply = Reply.ok().xml(xml).header("x-amz-server-side-encryption", "AES256");
            if (target.versioned()) {
                reply.header("x-amz-version-id", v.versionId());
            }
            if (sourceBucket.versioned()) {
                reply.header("x-amz-copy-source-version-id", src.versionId());
            }
            return reply.build();
        });
    }

    private static String directive(S3Call call, String header) {
        String value = call.header(header);
        if (value == null) {
            return "COPY";
        }
        if (!value.equals("COPY") && !value.equals("REPLACE")) {
            throw S3Errors.invalidArgument("Unknown " + (header.contains("metadata") ? "metadata" : "tagging")
                    + " directive.", header, value);
        }
        return value;
    }
}
