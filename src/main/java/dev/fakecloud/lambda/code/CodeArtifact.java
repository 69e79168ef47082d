package dev.fakecloud.lambda.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A function's or layer's deployment package, immutable: where its zip is kept (outside the heap), its
 * {@code CodeSha256} and sizes, or the container image a {@code PackageType=Image} function runs.
 */
public record CodeArtifact(Path blob, String sha256, long size, long unzippedSize, String imageUri) {

    public boolean isImage() {
        return imageUri != null;
    }

    /** The exact bytes uploaded (blocking file read: call it off the event loop), or null for an image. */
    public byte[] zip() {
        if (blob == null) {
            return null;
        }
        try {
            return Files.readAllBytes(blob);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored code " + blob + " is unreadable", e);
        }
    }
}
