package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compiles {@code numeric} operands: {@code ["=", 5]}, one bound ({@code [">", 0]}) or a lower and an upper bound
 * ({@code [">", 0, "<=", 5]}), the lower bound strictly below the upper one.
 */
final class NumericParser {

    private NumericParser() {
    }

    static ValueMatcher parse(JsonNode operand) {
        if (!operand.isArray()) {
            throw new InvalidEventPatternException("Value of numeric must be an array.");
        }
        int size = operand.size();
        if (size == 0) {
            throw new InvalidEventPatternException("Empty arrays are not allowed");
        }
        if (size != 2 && size != 4) {
            throw new InvalidEventPatternException(size > 4
                    ? "Too many terms in numeric range expression"
                    : "Value of numeric must be an array of operator and number pairs");
        }
        double bottom = Double.NEGATIVE_INFINITY;
        boolean bottomInclusive = false;
        double top = Double.POSITIVE_INFINITY;
        boolean topInclusive = false;
        boolean haveBottom = false;
        boolean haveTop = false;
        for (int i = 0; i < size; i += 2) {
            JsonNode op = operand.get(i);
            if (!op.isTextual()) {
                throw new InvalidEventPatternException("Invalid member in numeric match: " + op);
            }
            String operator = op.textValue();
            JsonNode number = operand.get(i + 1);
            if (!number.isNumber()) {
                throw new InvalidEventPatternException("Value of " + operator + " must be numeric");
            }
            double value = number.doubleValue();
            switch (operator) {
                case "=" -> {
                    if (size != 2) {
                        throw new InvalidEventPatternException("\"=\" cannot be combined with other numeric operators");
                    }
                    return new NumericRange(value, true, value, true);
                }
                case ">", ">=" -> {
                    if (haveBottom) {
                        throw new InvalidEventPatternException("Bad numeric range: two lower bounds");
                    }
                    haveBottom = true;
                    bottom = value;
                    bottomInclusive = operator.length() == 2;
                }
                case "<", "<=" -> {
                    if (haveTop) {
                        throw new InvalidEventPatternException("Bad numeric range: two upper bounds");
                    }
                    haveTop = true;
                    top = value;
                    topInclusive = operator.length() == 2;
                }
                default -> throw new InvalidEventPatternException("Unrecognized numeric range operator: " + operator);
            }
        }
        if (haveBottom && haveTop && !(bottom < top)) {
            throw new InvalidEventPatternException("Bottom must be less than top");
        }
        return new NumericRange(bottom, bottomInclusive, top, topInclusive);
    }
}
