package dev.fakecloud.lambda.code;

/**
 * A function's or layer's deployment package, immutable: which stored zip holds it ({@code blobId}, the hex SHA-256
 * of its bytes, resolved by {@link CodeBlobStore}), its {@code CodeSha256} and sizes, the container image a
 * {@code PackageType=Image} function runs, or the directory on this machine a hot-reloaded function's code is read
 * from at every start of an environment.
 */
public record CodeArtifact(String blobId, String sha256, long size, long unzippedSize, String imageUri,
        String hotReloadDirectory) {

    public CodeArtifact(String blobId, String sha256, long size, long unzippedSize, String imageUri) {
        this(blobId, sha256, size, unzippedSize, imageUri, null);
    }

    public boolean isImage() {
        return imageUri != null;
    }

    public boolean isHotReload() {
        return hotReloadDirectory != null;
    }
}
