package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code anything-but}: a present value matches unless the excluded matcher accepts it. Values of another type than
 * the excluded ones therefore match ({@code {"anything-but": {"prefix": "a"}}} matches the number 5).
 */
final class AnythingBut implements ValueMatcher {

    private final ValueMatcher excluded;

    AnythingBut(ValueMatcher excluded) {
        this.excluded = excluded;
    }

    @Override
    public boolean matches(JsonNode value) {
        return !excluded.matches(value);
    }
}
