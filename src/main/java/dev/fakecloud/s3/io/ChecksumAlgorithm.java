package dev.fakecloud.s3.io;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The additional checksums S3 computes and checks, each with its header name and how it is printed (base64). */
public enum ChecksumAlgorithm {
    CRC32, CRC32C, CRC64NVME, SHA1, SHA256;

    /** {@code x-amz-checksum-crc32} and so on. */
    public String header() {
        return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

    /** The element name in XML replies, e.g. {@code ChecksumCRC32}. */
    public String xmlName() {
        return "Checksum" + name();
    }

    /** Whether S3 keeps a full-object checksum of a multipart upload with this algorithm (the CRCs can). */
    public boolean combinable() {
        return this == CRC32 || this == CRC32C || this == CRC64NVME;
    }

    /** The algorithm by its name as S3 spells it (any case), or null. */
    public static ChecksumAlgorithm parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Hasher hasher() {
        return switch (this) {
            case CRC32 -> new CrcHasher(new CRC32(), 4);
            case CRC32C -> new CrcHasher(new CRC32C(), 4);
            case CRC64NVME -> new CrcHasher(new Crc64Nvme(), 8);
            case SHA1 -> new DigestHasher("SHA-1");
            case SHA256 -> new DigestHasher("SHA-256");
        };
    }

    /** The checksum of {@code bytes} in base64, as S3 prints it. */
    public String of(byte[] bytes) {
        Hasher h = hasher();
        h.update(ByteBuffer.wrap(bytes));
        return h.base64();
    }

    /** One running checksum. */
    public interface Hasher {
        void update(ByteBuffer data);

        byte[] digest();

        default String base64() {
            return Base64.getEncoder().encodeToString(digest());
        }
    }

    private record CrcHasher(java.util.zip.Checksum crc, int bytes) implements Hasher {
        @Override
        public void update(ByteBuffer data) {
            crc.update(data);
        }

        @Override
        public byte[] digest() {
            long v = crc.getValue();
            byte[] out = new byte[bytes];
            for (int i = 0; i < bytes; i++) {
                out[i] = (byte) (v >>> (8 * (bytes - 1 - i)));
            }
            return out;
        }
    }

    private static final class DigestHasher implements Hasher {
        private final MessageDigest digest;

        DigestHasher(String algorithm) {
            try {
                this.digest = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is always available", e);
            }
        }

        @Override
        public void update(ByteBuffer data) {
            digest.update(data);
        }

        @Override
        public byte[] digest() {
            return digest.digest();
        }
    }
}
