package dev.fakecloud.sns;

import dev.fakecloud.core.AwsException;

/** An SNS error, with the Query protocol's code (e.g. {@code InvalidParameter}, {@code NotFound}) and status. */
public final class SnsException extends AwsException {

    SnsException(String code, String message, int status) {
        super(code, message, status, true, MessageKey.LOWER, false);
    }
}
