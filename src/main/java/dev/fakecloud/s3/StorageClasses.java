package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import java.util.Set;

/** The storage classes a caller may ask for; all are kept and answered, none changes how bytes are stored. */
final class StorageClasses {

    private static final Set<String> KNOWN = Set.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA",
            "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE", "FSX_OPENZFS");

    private StorageClasses() {
    }

    static String check(String storageClass) {
        if (storageClass == null) {
            return null;
        }
        if (!KNOWN.contains(storageClass)) {
            throw S3Errors.invalidStorageClass(storageClass);
        }
        return storageClass;
    }
}
