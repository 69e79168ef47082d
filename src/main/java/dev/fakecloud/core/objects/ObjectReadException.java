package dev.fakecloud.core.objects;

/**
 * An object could not be read, as S3 would say it: its error code ({@code NoSuchBucket}, {@code NoSuchKey},
 * {@code NoSuchVersion}, ...) and message, for the caller to word its own error around them.
 */
public final class ObjectReadException extends RuntimeException {

    private final String code;

    public ObjectReadException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
