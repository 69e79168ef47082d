package dev.fakecloud.s3.model;

/**
 * An object's additional checksum as S3 reports it.
 *
 * @param algorithm {@code CRC32}, {@code CRC32C}, {@code CRC64NVME}, {@code SHA1} or {@code SHA256}
 * @param value base64 of the checksum; a composite one of a multipart upload ends in {@code -<parts>}
 * @param type {@code FULL_OBJECT} or {@code COMPOSITE}
 */
public record Checksum(String algorithm, String value, String type) {

    public boolean composite() {
        return "COMPOSITE".equals(type);
    }
}
