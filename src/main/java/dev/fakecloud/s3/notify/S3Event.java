package dev.fakecloud.s3.notify;

/**
 * Something that happened to an object, as notifications describe it.
 *
 * @param eventName without the {@code s3:} prefix, e.g. {@code ObjectCreated:Put}, {@code ObjectRemoved:Delete}
 * @param etag the object's ETag (no quotes) for creations, else null
 * @param versionId the version concerned in a versioned bucket, else null
 * @param reason the API call, for EventBridge's {@code reason} ({@code PutObject}, {@code DeleteObject}, ...)
 */
public record S3Event(String eventName, String region, String accountId, String bucket, String key, long size,
        String etag, String versionId, String sequencer, String requestId, String sourceIp, String reason) {

    public boolean created() {
        return eventName.startsWith("ObjectCreated:");
    }
}
