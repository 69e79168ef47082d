package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.error.S3Exception;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.notify.S3Notifier;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** What hangs off objects: DeleteObjects, object tags, ACLs and attributes. */
@ApplicationScoped
public class ObjectSubresources {

    private final Buckets buckets;
    private final Versions versions;
    private final RequestBodies bodies;
    private final S3Notifier notifier;

    public ObjectSubresources(Buckets buckets, Versions versions, RequestBodies bodies, S3Notifier notifier) {
        this.buckets = buckets;
        this.versions = versions;
        this.bodies = bodies;
        this.notifier = notifier;
    }

    Uni<StreamedResponse> deleteObjects(S3Call call) {
        buckets.require(call.bucket());
        return bodies.optional(call).map(body -> {
            Element root = XmlIn.parse(body);
            boolean quiet = "true".equalsIgnoreCase(XmlIn.text(root, "Quiet"));
            List<Element> objects = XmlIn.children(root, "Object");
            if (objects.isEmpty() || objects.size() > 1000) {
                throw S3Errors.malformedXml();
            }
            S3Bucket bucket = buckets.require(call.bucket());
            XmlOut xml = XmlOut.document("DeleteResult");
            for (Element o : objects) {
                String key = XmlIn.text(o, "Key");
                String versionId = XmlIn.text(o, "VersionId");
                if (key == null) {
                    throw S3Errors.malformedXml();
                }
                try {
                    Versions.Deleted d = versions.delete(bucket, key, versionId);
                    if (d.removed()) {
                        notifier.publish(ObjectService.removed(call, bucket, key, d));
                    }
                    if (!quiet) {
                        xml.start("Deleted").text("Key", key).text("VersionId", versionId);
                        if (d.deleteMarker()) {
                            xml.text("DeleteMarker", true).text("DeleteMarkerVersionId", d.versionId());
                        }
                        xml.end();
                    }
                } catch (S3Exception e) {
                    xml.start("Error").text("Key", key).text("VersionId", versionId).text("Code", e.code())
                            .text("Message", e.getMessage()).end();
                }
            }
            return Reply.ok().xml(xml).build();
        });
    }

    Uni<StreamedResponse> putTagging(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        String versionId = call.query("versionId");
        ObjectVersion v = versions.find(bucket.name(), call.key(), versionId, "PUT");
        return bodies.optional(call).map(body -> {
            Map<String, String> tags = TagSets.fromXml(body, 10);
            versions.update(bucket.name(), call.key(), versionId == null ? v.versionId() : versionId,
                    old -> old.withTags(tags));
            notifier.publish(ObjectService.created(call, bucket, call.key(), v, "ObjectTagging:Put",
                    "PutObjectTagging"));
            return versioned(Reply.ok(), bucket, v).build();
        });
    }

    Uni<StreamedResponse> getTagging(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), "GET");
        return versioned(Reply.ok().xml(TagSets.write(v.tags())), bucket, v).uni();
    }

    Uni<StreamedResponse> deleteTagging(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), "DELETE");
        versions.update(bucket.name(), call.key(), v.versionId(), old -> old.withTags(Map.of()));
        notifier.publish(ObjectService.created(call, bucket, call.key(), v, "ObjectTagging:Delete",
                "DeleteObjectTagging"));
        return versioned(Reply.status(204), bucket, v).uni();
    }

    Uni<StreamedResponse> putAcl(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), "PUT");
        String acl = Acls.canned(call.header("x-amz-acl"));
        return bodies.optional(call).map(body -> {
            if (acl == null && body.length > 0) {
                XmlIn.parse(body);
            }
            versions.update(bucket.name(), call.key(), v.versionId(), old -> old.withAcl(acl));
            notifier.publish(ObjectService.created(call, bucket, call.key(), v, "ObjectAcl:Put", "PutObjectAcl"));
            return Reply.ok().build();
        });
    }

    Uni<StreamedResponse> getAcl(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), "GET");
        return versioned(Reply.ok().xml(Acls.policy(call.accountId(), v.acl())), bucket, v).uni();
    }

    Uni<StreamedResponse> putBucketAcl(S3Call call) {
        buckets.require(call.bucket());
        String acl = Acls.canned(call.header("x-amz-acl"));
        return bodies.optional(call).map(body -> {
            if (acl == null && body.length > 0) {
                XmlIn.parse(body);
            }
            buckets.change(call.bucket(), b -> b.withAcl(acl));
            return Reply.ok().build();
        });
    }

    Uni<StreamedResponse> getBucketAcl(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        return Reply.ok().xml(Acls.policy(call.accountId(), bucket.acl())).uni();
    }

    Uni<StreamedResponse> putBucketTagging(S3Call call) {
        buckets.require(call.bucket());
        return bodies.optional(call).map(body -> {
            Map<String, String> tags = TagSets.fromXml(body, 50);
            buckets.change(call.bucket(), b -> b.withTags(tags));
            return Reply.status(204).build();
        });
    }

    Uni<StreamedResponse> getBucketTagging(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        if (bucket.tags() == null || bucket.tags().isEmpty()) {
            throw S3Errors.noSuchTagSet(bucket.name());
        }
        return Reply.ok().xml(TagSets.write(bucket.tags())).uni();
    }

    Uni<StreamedResponse> deleteBucketTagging(S3Call call) {
        buckets.change(call.bucket(), b -> b.withTags(null));
        return Reply.status(204).uni();
    }

    /** GetObjectAttributes: the attributes named in {@code x-amz-object-attributes}. */
    Uni<StreamedResponse> attributes(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        ObjectVersion v = versions.find(bucket.name(), call.key(), call.query("versionId"), "GET");
        String wanted = call.header("x-amz-object-attributes");
        List<String> names = wanted == null ? List.of() : List.of(wanted.split("\\s*,\\s*"));
        XmlOut xml = XmlOut.document("GetObjectAttributesResponse");
        if (names.contains("ETag")) {
            xml.text("ETag", v.etag());
        }
        if (names.contains("Checksum") && v.checksum() != null) {
            xml.start("Checksum").text("Checksum" + v.checksum().algorithm(), v.checksum().value())
                    .text("ChecksumType", v.checksum().type()).end();
        }
        if (names.contains("ObjectParts") && !v.partSizes().isEmpty()) {
            xml.start("ObjectParts").text("TotalPartsCount", v.partSizes().size()).end();
        }
        if (names.contains("StorageClass")) {
            xml.text("StorageClass", v.storageClass() == null ? "STANDARD" : v.storageClass());
        }
        if (names.contains("ObjectSize")) {
            xml.text("ObjectSize", v.size());
        }
        Reply reply = Reply.ok().xml(xml).header("Last-Modified", HttpDates.format(v.lastModified()));
        return versioned(reply, bucket, v).uni();
    }

    private static Reply versioned(Reply reply, S3Bucket bucket, ObjectVersion v) {
        return bucket.versioned() ? reply.header("x-amz-version-id", v.versionId()) : reply;
    }
}
