package dev.fakecloud.gateway;

import dev.fakecloud.core.AwsException;

/**
 * A request the HTTP layer refuses before any service reads it: a body larger than the server accepts, or another
 * HTTP-level failure of fakecloud's own endpoints. Rendered like every other error, in the caller's protocol.
 */
public final class RequestRefusedException extends AwsException {

    private RequestRefusedException(String code, String message, int status) {
        super(code, message, status, status < 500, MessageKey.LOWER, false);
    }

    /** A body larger than any request the server accepts ({@code limit} bytes). */
    public static RequestRefusedException tooLarge(long limit) {
        return new RequestRefusedException("RequestEntityTooLargeException",
                "Request must be smaller than " + limit + " bytes", 413);
    }

    /** Any other refusal, by HTTP status. */
    public static RequestRefusedException of(int status, String message) {
        String code = status == 413 ? "RequestEntityTooLargeException"
                : status < 500 ? "BadRequestException" : "ServiceException";
        return new RequestRefusedException(code, message, status);
    }
}
