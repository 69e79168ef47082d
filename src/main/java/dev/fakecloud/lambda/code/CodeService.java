package dev.fakecloud.lambda.code;

import dev.fakecloud.core.Hashes;
import dev.fakecloud.core.SafeZip;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.RequestEntityTooLargeException;
import dev.fakecloud.lambda.model.FunctionShapes.FunctionCode;
import dev.fakecloud.core.objects.ObjectReadException;
import dev.fakecloud.core.objects.ObjectReader;
import dev.fakecloud.FakecloudConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Turns what a caller uploads, or names in S3, into a {@link CodeArtifact}, with AWS's limits: 50 MB zipped for a
 * direct upload, 250 MB unzipped (function and layers together), and a readable zip.
 */
@ApplicationScoped
public class CodeService {

    private final CodeBlobStore blobs;
    private final Instance<ObjectReader> objects;
    private final HotReloadDirectories hotReload;
    private final String hotReloadBucket;

    public CodeService(CodeBlobStore blobs, Instance<ObjectReader> objects, HotReloadDirectories hotReload,
            FakecloudConfig config) {
        this.blobs = blobs;
        this.objects = objects;
        this.hotReload = hotReload;
        this.hotReloadBucket = config.lambda().hotReloadBucket();
    }

    public static final long MAX_ZIPPED = 52_428_800L;
    public static final long MAX_UNZIPPED = 262_144_000L;

    /**
     * Code for a {@code PackageType=Zip} function or a layer from its {@code ZipFile} or S3 location (read from
     * fakecloud's S3; {@code s3ObjectVersion} may be null). Blocking (reads, hashes, inspects and stores the zip):
     * call it off the event loop.
     */
    public CodeArtifact fromZip(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion) {
        if (zipFile == null) {
            if (s3Bucket == null && s3Key == null) {
                throw new InvalidParameterValueException("Please provide a source for function code.");
            }
            return checked(fromS3(s3Bucket, s3Key, s3ObjectVersion), MAX_UNZIPPED);
        }
        return checked(zipFile, MAX_ZIPPED);
    }

    /**
     * A function's code: as {@link #fromZip}, except that {@code S3Bucket} naming the hot-reload bucket makes
     * {@code S3Key} an absolute directory on this machine whose files are the code, read afresh whenever they change.
     */
    public CodeArtifact forFunction(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion) {
        if (zipFile == null && hotReloadBucket.equals(s3Bucket)) {
            return fromDirectory(s3Key);
        }
        return fromZip(zipFile, s3Bucket, s3Key, s3ObjectVersion);
    }

    private CodeArtifact fromDirectory(String key) {
        java.nio.file.Path dir = key == null ? null : java.nio.file.Path.of(key);
        if (dir == null || !dir.isAbsolute() || !java.nio.file.Files.isDirectory(dir)) {
            throw new InvalidParameterValueException("With S3Bucket " + hotReloadBucket + ", S3Key must be the "
                    + "absolute path of a directory on the machine fakecloud runs on: " + key);
        }
        java.nio.file.Path normal = dir.normalize();
        hotReload.watch(normal);
        return new CodeArtifact(null, java.util.Base64.getEncoder().encodeToString(Hashes.sha256(
                ("hot-reload:" + normal).getBytes(java.nio.charset.StandardCharsets.UTF_8))), 0, 0, null,
                normal.toString());
    }

    /** The object's bytes, or AWS's wording of the GetObject error Lambda met. */
    private byte[] fromS3(String bucket, String key, String version) {
        if (objects.isUnsatisfied()) {
            throw getObjectFailed("NoSuchBucket", "The specified bucket does not exist");
        }
        try {
            return objects.get().read(bucket == null ? "" : bucket, key == null ? "" : key, version, MAX_UNZIPPED);
        } catch (ObjectReadException e) {
            if ("EntityTooLarge".equals(e.code())) {
                throw new InvalidParameterValueException("Unzipped size must be smaller than " + MAX_UNZIPPED
                        + " bytes");
            }
            throw getObjectFailed(e.code(), e.getMessage());
        }
    }

    private static InvalidParameterValueException getObjectFailed(String code, String message) {
        return new InvalidParameterValueException("Error occurred while GetObject. S3 Error Code: " + code
                + ". S3 Error Message: " + message);
    }

    private CodeArtifact checked(byte[] zipFile, long maxZipped) {
        if (zipFile.length > maxZipped) {
            throw new RequestEntityTooLargeException("Zipped size must be smaller than " + MAX_ZIPPED + " bytes");
        }
        SafeZip.Summary summary;
        try {
            summary = SafeZip.inspect(zipFile, MAX_UNZIPPED);
        } catch (SafeZip.NotAZipException e) {
            throw new InvalidParameterValueException(
                    "Could not unzip uploaded file. Please check your file, then try to upload again.");
        } catch (SafeZip.TooLargeException e) {
            throw new InvalidParameterValueException("Unzipped size must be smaller than " + MAX_UNZIPPED + " bytes");
        }
        byte[] sha256 = Hashes.sha256(zipFile);
        return new CodeArtifact(blobs.put(sha256, zipFile), java.util.Base64.getEncoder().encodeToString(sha256),
                zipFile.length, summary.unzippedSize(), null);
    }

    public CodeArtifact fromCode(FunctionCode code, String packageType) {
        if ("Image".equals(packageType)) {
            if (code.imageUri() == null) {
                throw new InvalidParameterValueException("Please provide ImageUri when PackageType is Image.");
            }
            return fromImage(code.imageUri());
        }
        if (code.imageUri() != null) {
            throw new InvalidParameterValueException("Please don't provide ImageUri when PackageType is Zip.");
        }
        return forFunction(code.zipFile(), code.s3Bucket(), code.s3Key(), code.s3ObjectVersion());
    }

    public CodeArtifact fromImage(String imageUri) {
        return new CodeArtifact(null, Hashes.sha256Hex(imageUri), 0, 0, imageUri);
    }
}
