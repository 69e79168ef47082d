package dev.fakecloud.logs.insights;

/** A Logs Insights query that cannot be parsed or uses syntax this engine does not support; the message says why. */
public final class QuerySyntaxException extends RuntimeException {

    public QuerySyntaxException(String message) {
        super(message, null, false, false);
    }
}
