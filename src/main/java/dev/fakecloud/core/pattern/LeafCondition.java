package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A leaf of a pattern: the array of values and operators for one field, OR-ed together. An event field matches when
 * one of its scalar values (the value itself, or any element of an array, arrays flattened) satisfies one matcher,
 * or when an {@code exists} clause agrees with whether the field has any scalar value at all. Objects are not leaf
 * values: a field holding an object "does not exist" for a leaf pattern, as in EventBridge.
 */
final class LeafCondition implements FieldCondition {

    private final ValueMatcher[] matchers;
    private final boolean existsTrue;
    private final boolean existsFalse;

    LeafCondition(ValueMatcher[] matchers, boolean existsTrue, boolean existsFalse) {
        this.matchers = matchers;
        this.existsTrue = existsTrue;
        this.existsFalse = existsFalse;
    }

    @Override
    public boolean matchesField(JsonNode value) {
        if (existsTrue || existsFalse) {
            boolean exists = hasLeaf(value);
            if (exists ? existsTrue : existsFalse) {
                return true;
            }
        }
        return value != null && anyValueMatches(value);
    }

    private boolean anyValueMatches(JsonNode value) {
        if (value.isArray()) {
            for (int i = 0, n = value.size(); i < n; i++) {
                if (anyValueMatches(value.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (value.isObject() || value.isMissingNode()) {
            return false;
        }
        for (ValueMatcher matcher : matchers) {
            if (matcher.matches(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLeaf(JsonNode value) {
        if (value == null || value.isObject() || value.isMissingNode()) {
            return false;
        }
        if (value.isArray()) {
            for (int i = 0, n = value.size(); i < n; i++) {
                if (hasLeaf(value.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
