package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.error.S3Exception;

/**
 * A bucket configuration S3 keeps as a document and gives back: its sub-resource, what Get answers when none is
 * set (S3's error, or the default every new bucket has), and, for the kinds kept per id, the list reply's names.
 *
 * @param missingCode the error code when none is set and there is no default
 * @param defaultXml the document of a bucket without one (new buckets are encrypted, owner-enforced, ...), or null
 * @param listRoot for configurations kept per {@code id}: the root of the List reply; null otherwise
 */
record StoredConfig(String subresource, String missingCode, String missingMessage, boolean namesBucket,
        String defaultXml, String listRoot, String element) {

    boolean perId() {
        return listRoot != null;
    }

    S3Exception missing(String bucket) {
        return S3Errors.of(missingCode, missingMessage, 404, "BucketName", namesBucket ? bucket : null);
    }

    static StoredConfig plain(String subresource, String code, String message) {
        return new StoredConfig(subresource, code, message, true, null, null, null);
    }

    static StoredConfig defaulted(String subresource, String defaultXml) {
        return new StoredConfig(subresource, null, null, false, defaultXml, null, null);
    }

    static StoredConfig perId(String subresource, String listRoot, String element) {
        return new StoredConfig(subresource, "NoSuchConfiguration", "The specified configuration does not exist.",
                false, null, listRoot, element);
    }
}
