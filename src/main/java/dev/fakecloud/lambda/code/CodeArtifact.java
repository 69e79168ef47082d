package dev.fakecloud.lambda.code;

/**
 * A function's or layer's deployment package, immutable: which stored zip holds it ({@code blobId}, the hex SHA-256
 * of its bytes, resolved by {@link CodeBlobStore}), its {@code CodeSha256} and sizes, or the container image a
 * {@code PackageType=Image} function runs.
 */
public record CodeArtifact(String blobId, String sha256, long size, long unzippedSize, String imageUri) {

    public boolean isImage() {
        return imageUri != null;
    }
}
