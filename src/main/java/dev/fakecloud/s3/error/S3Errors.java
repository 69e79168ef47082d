package dev.fakecloud.s3.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every error S3 answers with, worded as AWS words it. */
public final class S3Errors {

    private S3Errors() {
    }

    /** An error with its detail elements given as name, value, name, value, .... */
    public static S3Exception of(String code, String message, int status, String... details) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put(details[i], details[i + 1]);
            }
        }
        return new S3Exception(code, message, status, map, Map.of());
    }

    public static S3Exception noSuchBucket(String bucket) {
        return of("NoSuchBucket", "The specified bucket does not exist", 404, "BucketName", bucket);
    }

    public static S3Exception noSuchKey(String key) {
        return of("NoSuchKey", "The specified key does not exist.", 404, "Key", key);
    }

    public static S3Exception noSuchVersion(String key, String versionId) {
        return of("NoSuchVersion", "The specified version does not exist.", 404, "Key", key, "VersionId", versionId);
    }

    public static S3Exception invalidVersionId() {
        return invalidArgument("Invalid version id specified", "versionId", null);
    }

    public static S3Exception bucketAlreadyOwnedByYou(String bucket) {
        return of("BucketAlreadyOwnedByYou",
                "Your previous request to create the named bucket succeeded and you already own it.", 409,
                "BucketName", bucket);
    }

    public static S3Exception bucketNotEmpty(String bucket, boolean versioned) {
        return of("BucketNotEmpty", "The bucket you tried to delete is not empty"
                + (versioned ? ". You must delete all versions in the bucket." : ""), 409, "BucketName", bucket);
    }

    public static S3Exception invalidBucketName(String bucket) {
        return of("InvalidBucketName", "The specified bucket is not valid.", 400, "BucketName", bucket);
    }

    public static S3Exception invalidLocationConstraint(String constraint) {
        return of("InvalidLocationConstraint", "The specified location-constraint is not valid", 400,
                "LocationConstraint", constraint);
    }

    public static S3Exception illegalLocationConstraint(String constraint, String region) {
        return constraint == null
                ? of("IllegalLocationConstraintException", "The unspecified location constraint is incompatible for "
                        + "the region specific endpoint this request was sent to.", 400)
                : of("IllegalLocationConstraintException", "The " + constraint + " location constraint is "
                        + "incompatible for the region specific endpoint this request was sent to.", 400);
    }

    public static S3Exception invalidArgument(String message, String name, String value) {
        return of("InvalidArgument", message, 400, "ArgumentName", name, "ArgumentValue", value);
    }

    public static S3Exception invalidRequest(String message) {
        return of("InvalidRequest", message, 400);
    }

    public static S3Exception malformedXml() {
        return of("MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema", 400);
    }

    public static S3Exception malformedPolicy(String message) {
        return of("MalformedPolicy", message, 400);
    }

    public static S3Exception preconditionFailed(String condition) {
        return of("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412,
                "Condition", condition);
    }

    public static S3Exception invalidRange(String range, long size) {
        return of("InvalidRange", "The requested range is not satisfiable", 416, "RangeRequested", range,
                "ActualObjectSize", Long.toString(size));
    }

    public static S3Exception noSuchUpload(String uploadId) {
        return of("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload "
                + "may have been aborted or completed.", 404, "UploadId", uploadId);
    }

    public static S3Exception entityTooSmall(long size, int partNumber, String etag) {
        return of("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size", 400,
                "ProposedSize", Long.toString(size), "MinSizeAllowed", "5242880", "PartNumber",
                Integer.toString(partNumber), "ETag", etag);
    }

    public static S3Exception entityTooLarge(long size, long max) {
        return of("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size", 400,
                "ProposedSize", Long.toString(size), "MaxSizeAllowed", Long.toString(max));
    }

    public static S3Exception invalidPart(String uploadId, int partNumber, String etag) {
        return of("InvalidPart", "One or more of the specified parts could not be found.  The part may not have been "
                + "uploaded, or the specified entity tag may not match the part's entity tag.", 400,
                "UploadId", uploadId, "PartNumber", Integer.toString(partNumber), "ETag", etag);
    }

    public static S3Exception invalidPartOrder(String uploadId) {
        return of("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part "
                + "number.", 400, "UploadId", uploadId);
    }

    public static S3Exception invalidPartNumber(int requested, int actual) {
        return of("InvalidPartNumber", "The requested partnumber is not satisfiable", 416,
                "PartNumberRequested", Integer.toString(requested), "ActualPartCount", Integer.toString(actual));
    }

    public static S3Exception methodNotAllowed(String method, String resourceType) {
        return of("MethodNotAllowed", "The specified method is not allowed against this resource.", 405,
                "Method", method, "ResourceType", resourceType);
    }

    public static S3Exception badDigest(String algorithm) {
        return of("BadDigest", "The " + algorithm + " you specified did not match the calculated checksum.", 400);
    }

    public static S3Exception contentMd5Mismatch(String expected, String calculated) {
        return of("BadDigest", "The Content-MD5 you specified did not match what we received.", 400,
                "ExpectedDigest", expected, "CalculatedDigest", calculated);
    }

    public static S3Exception invalidDigest(String md5) {
        return of("InvalidDigest", "The Content-MD5 you specified was invalid.", 400, "Content-MD5", md5);
    }

    public static S3Exception incompleteBody() {
        return of("IncompleteBody", "The request body terminated unexpectedly", 400);
    }

    public static S3Exception invalidTag(String message, String key) {
        return of("InvalidTag", message, 400, "TagKey", key);
    }

    public static S3Exception noSuchTagSet(String bucket) {
        return of("NoSuchTagSet", "The TagSet does not exist", 404, "BucketName", bucket);
    }

    public static S3Exception notImplemented(String message) {
        return of("NotImplemented", message, 501);
    }

    public static S3Exception invalidStorageClass(String requested) {
        return of("InvalidStorageClass", "The storage class you specified is not valid", 400,
                "StorageClassRequested", requested);
    }

    public static S3Exception maxMessageLengthExceeded() {
        return of("MaxMessageLengthExceeded", "Your request was too big.", 400);
    }

    /** A request S3 does not recognise as any of its operations. */
    public static S3Exception unknownOperation(String method) {
        return of("MethodNotAllowed", "The specified method is not allowed against this resource.", 405,
                "Method", method, "ResourceType", "OBJECT");
    }
}
