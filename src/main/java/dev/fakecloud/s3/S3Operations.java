package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3Operation.Level.BUCKET;
import static dev.fakecloud.s3.S3Operation.Level.OBJECT;
import static dev.fakecloud.s3.S3Operation.Level.SERVICE;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.S3Operation.Level;
import dev.fakecloud.s3.error.S3Errors;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The S3 operation table: every operation of the S3 API by method, level and sub-resource, most specific first. The
 * dispatcher takes the first row that matches a request.
 */
@ApplicationScoped
public class S3Operations {

    private static final String MISSING_LOCK = "Bucket is missing Object Lock Configuration";

    private final List<S3Operation> table = new ArrayList<>();

    public S3Operations(BucketService buckets, ConfigService configs, ObjectService objects, CopyService copies,
            ObjectSubresources subresources, ListingService listings, MultipartService multipart,
            UploadListing uploads, NotificationService notifications, RenameService renames) {
        Predicate<S3Call> copy = c -> c.header("x-amz-copy-source") != null;
        Predicate<S3Call> part = c -> c.has("partNumber");
        // objects
        add("UploadPartCopy", "PUT", OBJECT, "uploadId", part.and(copy), multipart::uploadPartCopy);
        add("UploadPart", "PUT", OBJECT, "uploadId", part, multipart::uploadPart);
        add("PutObjectTagging", "PUT", OBJECT, "tagging", null, subresources::putTagging);
        add("PutObjectAcl", "PUT", OBJECT, "acl", null, subresources::putAcl);
        add("PutObjectLegalHold", "PUT", OBJECT, "legal-hold", null, c -> fail(S3Errors.invalidRequest(MISSING_LOCK)));
        add("PutObjectRetention", "PUT", OBJECT, "retention", null, c -> fail(S3Errors.invalidRequest(MISSING_LOCK)));
        add("RenameObject", "PUT", OBJECT, "renameObject", null, renames::rename);
        add("UpdateObjectEncryption", "PUT", OBJECT, "encryption", null, c -> notImplemented(
                "UpdateObjectEncryption applies to SSE-KMS objects, which fakecloud does not keep"));
        add("CopyObject", "PUT", OBJECT, null, copy, copies::copy);
        add("PutObject", "PUT", OBJECT, null, null, objects::put);
        add("ListParts", "GET", OBJECT, "uploadId", null, multipart::listParts);
        add("GetObjectTagging", "GET", OBJECT, "tagging", null, subresources::getTagging);
        add("GetObjectAcl", "GET", OBJECT, "acl", null, subresources::getAcl);
        add("GetObjectAttributes", "GET", OBJECT, "attributes", null, subresources::attributes);
        add("GetObjectLegalHold", "GET", OBJECT, "legal-hold", null, c -> fail(S3Errors.invalidRequest(MISSING_LOCK)));
        add("GetObjectRetention", "GET", OBJECT, "retention", null, c -> fail(S3Errors.invalidRequest(MISSING_LOCK)));
        add("GetObjectTorrent", "GET", OBJECT, "torrent", null, c -> notImplemented(
                "BitTorrent is not served by fakecloud"));
        add("GetObject", "GET", OBJECT, null, null, objects::get);
        add("HeadObject", "HEAD", OBJECT, null, null, objects::head);
        add("CreateMultipartUpload", "POST", OBJECT, "uploads", null, multipart::create);
        add("CompleteMultipartUpload", "POST", OBJECT, "uploadId", null, multipart::complete);
        add("RestoreObject", "POST", OBJECT, "restore", null, c -> fail(S3Errors.of("InvalidObjectState",
                "Restore is not allowed for the object's current storage class", 403)));
        add("SelectObjectContent", "POST", OBJECT, "select", null, c -> notImplemented(
                "S3 Select is not served by fakecloud"));
        add("AbortMultipartUpload", "DELETE", OBJECT, "uploadId", null, multipart::abort);
        add("DeleteObjectTagging", "DELETE", OBJECT, "tagging", null, subresources::deleteTagging);
        String annotations = "Object annotations are not kept by fakecloud";
        add("PutObjectAnnotation", "PUT", OBJECT, "annotation", null, c -> notImplemented(annotations));
        add("GetObjectAnnotation", "GET", OBJECT, "annotation", c -> c.has("annotationName"),
                c -> notImplemented(annotations));
        add("ListObjectAnnotations", "GET", OBJECT, "annotation", null, c -> notImplemented(annotations));
        add("DeleteObjectAnnotation", "DELETE", OBJECT, "annotation", null, c -> notImplemented(annotations));
        add("DeleteObject", "DELETE", OBJECT, null, null, objects::delete);
        // buckets: sub-resources first
        add("PutBucketNotificationConfiguration", "PUT", BUCKET, "notification", null, notifications::put);
        add("GetBucketNotificationConfiguration", "GET", BUCKET, "notification", null, notifications::get);
        add("PutBucketVersioning", "PUT", BUCKET, "versioning", null, configs::putVersioning);
        add("GetBucketVersioning", "GET", BUCKET, "versioning", null, configs::getVersioning);
        add("PutBucketTagging", "PUT", BUCKET, "tagging", null, subresources::putBucketTagging);
        add("GetBucketTagging", "GET", BUCKET, "tagging", null, subresources::getBucketTagging);
        add("DeleteBucketTagging", "DELETE", BUCKET, "tagging", null, subresources::deleteBucketTagging);
        add("PutBucketPolicy", "PUT", BUCKET, "policy", null, configs::putPolicy);
        add("GetBucketPolicy", "GET", BUCKET, "policy", null, configs::getPolicy);
        add("DeleteBucketPolicy", "DELETE", BUCKET, "policy", null, configs::deletePolicy);
        add("GetBucketPolicyStatus", "GET", BUCKET, "policyStatus", null, configs::policyStatus);
        add("PutBucketAcl", "PUT", BUCKET, "acl", null, subresources::putBucketAcl);
        add("GetBucketAcl", "GET", BUCKET, "acl", null, subresources::getBucketAcl);
        add("GetBucketLocation", "GET", BUCKET, "location", null, buckets::location);
        add("ListObjectVersions", "GET", BUCKET, "versions", null, listings::listVersions);
        add("ListMultipartUploads", "GET", BUCKET, "uploads", null, uploads::list);
        add("DeleteObjects", "POST", BUCKET, "delete", null, subresources::deleteObjects);
        add("CreateSession", "GET", BUCKET, "session", null, c -> notImplemented(
                "CreateSession is only available for directory buckets"));
        for (StoredConfig config : StoredConfigs.ALL) {
            String name = StoredConfigs.operationSuffix(config);
            // the metadata inventory and journal tables are changed by Update..., the rest are put
            boolean updated = config.subresource().equals("metadataInventoryTable")
                    || config.subresource().equals("metadataJournalTable");
            add((updated ? "Update" : "Put") + name, "PUT", BUCKET, config.subresource(), null,
                    c -> configs.put(c, config));
            add(config.subresource().equals("lifecycle") ? "DeleteBucketLifecycle" : "Delete" + name, "DELETE", BUCKET,
                    config.subresource(), null, c -> configs.delete(c, config));
            if (config.perId()) {
                add("Get" + name, "GET", BUCKET, config.subresource(), c -> c.has("id"), c -> configs.get(c, config));
                add("List" + name + "s", "GET", BUCKET, config.subresource(), null, c -> configs.list(c, config));
            } else {
                add("Get" + name, "GET", BUCKET, config.subresource(), null, c -> configs.get(c, config));
            }
            add("Create" + name, "POST", BUCKET, config.subresource(), null, c -> configs.put(c, config));
        }
        add("UpdateBucketMetadataAnnotationTableConfiguration", "PUT", BUCKET, "metadataAnnotationTable", null,
                c -> notImplemented("S3 Metadata annotation tables are not kept by fakecloud"));
        add("ListObjectsV2", "GET", BUCKET, "list-type", c -> "2".equals(c.query("list-type")), listings::listV2);
        add("ListObjects", "GET", BUCKET, null, null, listings::listV1);
        add("HeadBucket", "HEAD", BUCKET, null, null, buckets::head);
        add("CreateBucket", "PUT", BUCKET, null, null, buckets::create);
        add("DeleteBucket", "DELETE", BUCKET, null, null, buckets::delete);
        add("WriteGetObjectResponse", "POST", BUCKET, null, c -> "WriteGetObjectResponse".equals(c.bucket()),
                c -> notImplemented("S3 Object Lambda is not served by fakecloud"));
        add("ListDirectoryBuckets", "GET", SERVICE, null, c -> "ListDirectoryBuckets".equals(c.query("x-id")),
                c -> Reply.ok().xml(dev.fakecloud.s3.xml.XmlOut.document("ListAllMyDirectoryBucketsResult")
                        .start("Buckets").end()).uni());
        add("ListBuckets", "GET", SERVICE, null, null, buckets::list);
    }

    private void add(String name, String method, Level level, String subresource, Predicate<S3Call> when,
            Function<S3Call, Uni<StreamedResponse>> handler) {
        table.add(new S3Operation(name, method, level, subresource, when, handler));
    }

    private static Uni<StreamedResponse> fail(RuntimeException e) {
        return Uni.createFrom().failure(e);
    }

    private static Uni<StreamedResponse> notImplemented(String message) {
        return fail(S3Errors.notImplemented("A header you provided implies functionality that is not implemented. "
                + message + "."));
    }

    /** The operation a request is for, or null. */
    S3Operation find(S3Call call) {
        Level level = call.bucket() == null ? SERVICE : call.key() == null ? BUCKET : OBJECT;
        for (S3Operation op : table) {
            if (op.matches(call, level)) {
                return op;
            }
        }
        return null;
    }

    /** The names of every operation in the table (for tests that check coverage against the model). */
    public List<String> names() {
        return table.stream().map(S3Operation::name).distinct().toList();
    }
}
