package dev.fakecloud.sqs;

import dev.fakecloud.core.AwsException;

/**
 * An SQS error. SQS is query-compatible: its JSON replies carry the error shape in {@code __type}
 * ({@code com.amazonaws.sqs#QueueDoesNotExist}) and the legacy Query code in {@code x-amzn-query-error}
 * ({@code AWS.SimpleQueueService.NonExistentQueue}), which is also the Query protocol's {@code Code}.
 */
public final class SqsException extends AwsException {

    static final String SHAPE_NAMESPACE = "com.amazonaws.sqs#";

    private final String queryCode;
    private final String queryMessage;

    /**
     * @param type the full {@code __type}: an SQS shape ({@code com.amazonaws.sqs#...}) or a protocol-level error of
     *     the service framework
     */
    SqsException(String type, String queryCode, String message, String queryMessage, int status) {
        super(type, message, status, true, MessageKey.LOWER, false);
        this.queryCode = queryCode;
        this.queryMessage = queryMessage;
    }

    @Override
    public String queryErrorCode() {
        return queryCode;
    }

    /** The same error as the Query protocol words it (a few messages differ there). */
    public SqsException forQuery() {
        return queryMessage == null ? this : new SqsException(code(), queryCode, queryMessage, null, status());
    }
}
