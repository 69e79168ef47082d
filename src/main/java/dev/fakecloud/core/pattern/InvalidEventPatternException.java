package dev.fakecloud.core.pattern;

/**
 * An event pattern that EventBridge's pattern language rejects. The message says precisely what is wrong; callers
 * map it to their own AWS error (Lambda's InvalidParameterValueException, EventBridge's InvalidEventPatternException,
 * SNS's InvalidParameter).
 */
public final class InvalidEventPatternException extends RuntimeException {

    public InvalidEventPatternException(String message) {
        super(message);
    }
}
