package dev.fakecloud.cloudwatch.expression;

/** A metric math expression that cannot be parsed or evaluated; the message says why. */
public final class ExpressionException extends RuntimeException {

    public ExpressionException(String message) {
        super(message, null, false, false);
    }
}
