package dev.fakecloud.s3.model;

/** The standard HTTP headers an object is stored with and served with again. Each is null when not set. */
public record ContentHeaders(String contentType, String contentEncoding, String contentDisposition,
        String contentLanguage, String cacheControl, String expires) {

    public static final ContentHeaders NONE = new ContentHeaders(null, null, null, null, null, null);
}
