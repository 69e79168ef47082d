package dev.fakecloud.kinesis;

import dev.fakecloud.core.AwsException;

/** A Kinesis error: one of the model's error shapes, with AWS's message, rendered by the gateway in the caller's encoding. */
public final class KinesisException extends AwsException {

    KinesisException(String code, String message, int status) {
        super(code, message, status, true, MessageKey.LOWER, false);
    }
}
