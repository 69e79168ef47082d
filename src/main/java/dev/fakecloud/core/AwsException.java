package dev.fakecloud.core;

import java.util.Map;

/**
 * A failure that AWS reports to the caller: an error code, a message and an HTTP status. Every service throws
 * subclasses of this; the gateway renders them in the caller's protocol in one place.
 */
public class AwsException extends RuntimeException {

    /** How the message member is spelled in JSON error bodies; AWS is not consistent across error codes. */
    public enum MessageKey {
        LOWER("message"), UPPER("Message");

        public final String json;

        MessageKey(String json) {
            this.json = json;
        }
    }

    private final String code;
    private final int status;
    private final boolean senderFault;
    private final MessageKey messageKey;
    private final boolean typed;

    public AwsException(String code, String message, int status) {
        this(code, message, status, true, MessageKey.LOWER, true);
    }

    protected AwsException(String code, String message, int status, boolean senderFault, MessageKey messageKey,
            boolean typed) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.senderFault = senderFault;
        this.messageKey = messageKey;
        this.typed = typed;
    }

    public String code() {
        return code;
    }

    /**
     * The code the Query protocol (and the {@code x-amzn-query-error} header of query-compatible JSON services)
     * reports; SQS names its errors differently there than in the JSON {@code __type}.
     */
    public String queryErrorCode() {
        return code;
    }

    public int status() {
        return status;
    }

    /** True when the caller is at fault ("User"/"Sender"), false for a service fault. */
    public boolean senderFault() {
        return senderFault;
    }

    public MessageKey messageKey() {
        return messageKey;
    }

    /** Whether JSON bodies carry {@code "Type": "User"} as Lambda does for most of its errors. */
    public boolean typed() {
        return typed;
    }

    /** HTTP headers the error is answered with besides the protocol's own (e.g. S3's {@code x-amz-delete-marker}). */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** Members an error shape adds beside the message (e.g. {@code Reason} of TooManyRequestsException). */
    public Map<String, String> extraMembers() {
        return Map.of();
    }

    /**
     * Structured members an error shape adds in JSON protocols (e.g. DynamoDB's {@code Item} of
     * ConditionalCheckFailedException or {@code CancellationReasons}), rendered as JSON values.
     */
    public Map<String, Object> structuredMembers() {
        return Map.of();
    }
}
