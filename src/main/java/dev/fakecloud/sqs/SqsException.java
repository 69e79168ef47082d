package dev.fakecloud.sqs;

import dev.fakecloud.core.AwsException;

/**
 * An SQS error. SQS is query-compatible: its JSON replies carry the error shape in {@code __type}
 * ({@code com.amazonaws.sqs#QueueDoesNotExist}) and the legacy Query code in {@code x-amzn-query-error}
 * ({@code AWS.SimpleQueueService.NonExistentQueue}), which is also the Query protocol's {@code Code}.
 */
public final class SqsException extends AwsException {

    private final String queryCode;
    private final String queryMessage;

    SqsException(String shape, String queryCode, String message, String queryMessage, int status) {
        super("com.amazonaws.sqs#" + shape, message, status, true, MessageKey.LOWER, false);
        this.queryCode = queryCode;
        this.queryMessage = queryMessage;
    }

    @Override
    public String queryErrorCode() {
        return queryCode;
    }

    /** The same error as the Query protocol words it (a few messages differ there). */
    public SqsException forQuery() {
        return queryMessage == null ? this
                : new SqsException(code().substring("com.amazonaws.sqs#".length()), queryCode, queryMessage, null,
                        status());
    }
}
