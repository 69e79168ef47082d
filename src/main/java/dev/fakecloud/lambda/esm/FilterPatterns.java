package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.core.pattern.InvalidEventPatternException;

/** Whether a filter {@code Pattern} is a valid event pattern, by the product's one event-pattern implementation. */
public final class FilterPatterns {

    private FilterPatterns() {
    }

    public static boolean valid(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return false;
        }
        try {
            EventPattern.parse(pattern);
            return true;
        } catch (InvalidEventPatternException e) {
            return false;
        }
    }
}
