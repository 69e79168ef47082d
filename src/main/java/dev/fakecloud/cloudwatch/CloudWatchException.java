package dev.fakecloud.cloudwatch;

import dev.fakecloud.core.AwsException;

/**
 * A CloudWatch error. CloudWatch is query-compatible: its JSON and CBOR replies name the error shape in
 * {@code __type} ({@code InvalidParameterValueException}) and the Query code in {@code x-amzn-query-error}
 * ({@code InvalidParameterValue}), which is also the Query protocol's {@code Code}. Some errors have no message.
 */
public final class CloudWatchException extends AwsException {

    private final String queryCode;

    CloudWatchException(String type, String queryCode, String message, int status) {
        super(type, message, status, status < 500, MessageKey.LOWER, false);
        this.queryCode = queryCode;
    }

    @Override
    public String queryErrorCode() {
        return queryCode;
    }
}
