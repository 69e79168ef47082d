package dev.fakecloud.logs;

import dev.fakecloud.core.AwsException;

/** A CloudWatch Logs error: its {@code __type} and message, in AWS JSON 1.1. */
public final class LogsException extends AwsException {

    LogsException(String type, String message, int status) {
        super(type, message, status, status < 500, MessageKey.LOWER, false);
    }
}
