package dev.fakecloud.lambda.code;

import dev.fakecloud.core.Hashes;
import dev.fakecloud.core.SafeZip;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.RequestEntityTooLargeException;
import dev.fakecloud.lambda.model.FunctionShapes.FunctionCode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns what a caller uploads into a {@link CodeArtifact}, with AWS's limits: 50 MB zipped for a direct upload,
 * 250 MB unzipped (function and layers together), and a readable zip.
 */
@ApplicationScoped
public class CodeService {

    private final CodeBlobStore blobs;

    public CodeService(CodeBlobStore blobs) {
        this.blobs = blobs;
    }

    public static final long MAX_ZIPPED = 52_428_800L;
    public static final long MAX_UNZIPPED = 262_144_000L;

    /**
     * Code for a {@code PackageType=Zip} function or a layer from its {@code ZipFile} or S3 location. Blocking (hashes,
     * inspects and stores the zip): call it off the event loop.
     */
    public CodeArtifact fromZip(byte[] zipFile, String s3Bucket, String s3Key) {
        if (zipFile == null) {
            if (s3Bucket != null || s3Key != null) {
                throw new InvalidParameterValueException("Error occurred while GetObject. S3 Error Code: NoSuchBucket. "
                        + "S3 Error Message: The specified bucket does not exist");
            }
            throw new InvalidParameterValueException("Please provide a source for function code.");
        }
        if (zipFile.length > MAX_ZIPPED) {
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
        return fromZip(code.zipFile(), code.s3Bucket(), code.s3Key());
    }

    public CodeArtifact fromImage(String imageUri) {
        return new CodeArtifact(null, Hashes.sha256Hex(imageUri), 0, 0, imageUri);
    }
}
