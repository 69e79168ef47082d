package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Matches when one of several matchers does (the operand lists of {@code anything-but}). */
final class AnyOf implements ValueMatcher {

    private final ValueMatcher[] matchers;

    AnyOf(ValueMatcher[] matchers) {
        this.matchers = matchers;
    }

    @Override
    public boolean matches(JsonNode value) {
        for (ValueMatcher matcher : matchers) {
            if (matcher.matches(value)) {
                return true;
            }
        }
        return false;
    }
}
