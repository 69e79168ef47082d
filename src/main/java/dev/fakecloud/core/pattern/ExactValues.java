package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The plain values of a leaf: strings compared exactly, numbers compared numerically (5 matches 5.0, never the
 * string "5"), booleans and null.
 */
final class ExactValues implements ValueMatcher {

    private final Set<String> strings;
    private final double[] numbers;
    private final boolean matchTrue;
    private final boolean matchFalse;
    private final boolean matchNull;

    ExactValues(Set<String> strings, double[] numbers, boolean matchTrue, boolean matchFalse, boolean matchNull) {
        this.strings = strings;
        this.numbers = numbers;
        this.matchTrue = matchTrue;
        this.matchFalse = matchFalse;
        this.matchNull = matchNull;
    }

    @Override
    public boolean matches(JsonNode value) {
        if (value.isTextual()) {
            return strings.contains(value.textValue());
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            for (double candidate : numbers) {
                if (Double.compare(candidate, number) == 0 || candidate == number) {
                    return true;
                }
            }
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? matchTrue : matchFalse;
        }
        return value.isNull() && matchNull;
    }
}
