package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The string operators {@code prefix}, {@code suffix} and {@code equals-ignore-case} (case-sensitive or not). They
 * only ever match string values.
 */
final class StringMatcher implements ValueMatcher {

    enum Kind { PREFIX, SUFFIX, EQUALS }

    private final Kind kind;
    private final String operand;
    private final boolean ignoreCase;

    StringMatcher(Kind kind, String operand, boolean ignoreCase) {
        this.kind = kind;
        this.operand = operand;
        this.ignoreCase = ignoreCase;
    }

    @Override
    public boolean matches(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        int length = operand.length();
        return switch (kind) {
            case PREFIX -> text.regionMatches(ignoreCase, 0, operand, 0, length);
            case SUFFIX -> text.length() >= length
                    && text.regionMatches(ignoreCase, text.length() - length, operand, 0, length);
            case EQUALS -> ignoreCase ? text.equalsIgnoreCase(operand) : text.equals(operand);
        };
    }
}
