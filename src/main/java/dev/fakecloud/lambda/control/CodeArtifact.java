package dev.fakecloud.lambda.control;

/**
 * A function's deployment package, immutable: the zip bytes with their {@code CodeSha256} and size, or the
 * container image a {@code PackageType=Image} function runs.
 */
public record CodeArtifact(byte[] zip, String sha256, long size, long unzippedSize, String imageUri) {

    public boolean isImage() {
        return imageUri != null;
    }
}
