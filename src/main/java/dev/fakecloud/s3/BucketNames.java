package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import java.util.regex.Pattern;

/** S3's rules for bucket names: 3 to 63 lower-case letters, digits, dots and hyphens, not shaped like an address. */
final class BucketNames {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    private BucketNames() {
    }

    static void check(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..") || name.contains(".-")
                || name.contains("-.") || IP.matcher(name).matches() || name.startsWith("xn--")
                || name.endsWith("-s3alias")) {
            throw S3Errors.invalidBucketName(name);
        }
    }
}
