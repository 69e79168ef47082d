package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import java.util.Locale;

/**
 * Where an S3 request's bucket and key are: in the host for virtual-hosted requests ({@code <bucket>.localhost},
 * {@code <bucket>.s3.<domain>}, {@code <bucket>.s3.<region>.<domain>}), else the path's first segment.
 */
final class Addressing {

    /** The bucket and key addressed; either is null when absent. */
    record Target(String bucket, String key) {
    }

    private Addressing() {
    }

    /** The bucket named by a virtual host, or null when the host names none. */
    static String bucketOf(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        String bucket = null;
        if (name.endsWith(".localhost")) {
            bucket = name.substring(0, name.length() - ".localhost".length());
            int s3 = bucket.lastIndexOf(".s3");
            if (bucket.equals("s3") || bucket.startsWith("s3.")) {
                return null;
            }
            if (s3 > 0 && (bucket.endsWith(".s3") || bucket.substring(s3).startsWith(".s3."))) {
                bucket = bucket.substring(0, s3);
            }
        } else {
            int s3 = name.indexOf(".s3.");
            if (s3 < 0) {
                s3 = name.indexOf(".s3-");
            }
            if (s3 > 0) {
                bucket = name.substring(0, s3);
            }
        }
        return bucket == null || bucket.isEmpty() ? null : bucket;
    }

    static Target of(String host, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String rest = path.startsWith("/") ? path.substring(1) : path;
        String hostBucket = bucketOf(host);
        if (hostBucket != null) {
            return new Target(hostBucket, rest.isEmpty() ? null : AwsRequest.decode(rest));
        }
        if (rest.isEmpty()) {
            return new Target(null, null);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new Target(AwsRequest.decode(rest), null);
        }
        String key = rest.substring(slash + 1);
        return new Target(AwsRequest.decode(rest.substring(0, slash)), key.isEmpty() ? null : AwsRequest.decode(key));
    }
}
