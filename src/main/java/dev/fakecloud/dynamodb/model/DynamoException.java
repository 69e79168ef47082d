package dev.fakecloud.dynamodb.model;

import dev.fakecloud.core.AwsException;
import java.util.Map;

/**
 * A DynamoDB error: {@code __type} is the error shape in DynamoDB's namespace (or the service framework's, for
 * validation), plus the members some shapes carry (the item of a failed condition, a transaction's reasons).
 */
public final class DynamoException extends AwsException {

    private final Map<String, Object> members;

    public DynamoException(String type, String message, int status, Map<String, Object> members) {
        super(type, message, status, true, MessageKey.LOWER, false);
        this.members = Map.copyOf(members);
    }

    /** The shape name after the namespace, as SDKs report it. */
    public String shortCode() {
        String code = code();
        return code.substring(code.indexOf('#') + 1);
    }

    @Override
    public String queryErrorCode() {
        return shortCode();
    }

    @Override
    public Map<String, Object> structuredMembers() {
        return members;
    }
}
