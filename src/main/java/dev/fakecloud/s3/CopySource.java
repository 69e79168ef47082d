package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.s3.error.S3Errors;

/** The object a copy reads, from {@code x-amz-copy-source}: {@code [/]bucket/key[?versionId=id]}, URL-encoded. */
record CopySource(String bucket, String key, String versionId) {

    static CopySource parse(String header) {
        if (header == null || header.isBlank()) {
            throw S3Errors.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                    "x-amz-copy-source", header);
        }
        String value = header.trim();
        String versionId = null;
        int q = value.indexOf('?');
        if (q >= 0) {
            String query = value.substring(q + 1);
            value = value.substring(0, q);
            for (String pair : query.split("&")) {
                if (pair.startsWith("versionId=")) {
                    versionId = AwsRequest.decode(pair.substring("versionId=".length()));
                }
            }
        }
        if (value.startsWith("/")) {
            value = value.substring(1);
        }
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            throw S3Errors.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                    "x-amz-copy-source", header);
        }
        return new CopySource(AwsRequest.decode(value.substring(0, slash)), AwsRequest.decode(value.substring(slash + 1)),
                versionId);
    }
}
