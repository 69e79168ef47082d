package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles the operator objects of a leaf ({@code {"prefix": "x"}}, {@code {"numeric": [">", 0]}}, ...). */
final class OperatorParser {

    private OperatorParser() {
    }

    /** The operator's name and operand, after checking the object holds exactly one. */
    static Map.Entry<String, JsonNode> single(JsonNode operator) {
        if (operator.size() != 1) {
            throw new InvalidEventPatternException("Only one key allowed in match expression");
        }
        return operator.properties().iterator().next();
    }

    /** A matcher for every operator except {@code exists}, which the leaf handles itself. */
    static ValueMatcher parse(String name, JsonNode operand) {
        return switch (name) {
            case "prefix" -> stringOperator(StringMatcher.Kind.PREFIX, name, operand);
            case "suffix" -> stringOperator(StringMatcher.Kind.SUFFIX, name, operand);
            case "equals-ignore-case" -> new StringMatcher(StringMatcher.Kind.EQUALS, text(name, operand), true);
            case "wildcard" -> Wildcard.compile(text(name, operand));
            case "cidr" -> Cidr.compile(text(name, operand));
            case "numeric" -> NumericParser.parse(operand);
            case "anything-but" -> new AnythingBut(anythingBut(operand));
            default -> throw new InvalidEventPatternException("Unrecognized match type " + name);
        };
    }

    static boolean exists(JsonNode operand) {
        if (!operand.isBoolean()) {
            throw new InvalidEventPatternException("exists match pattern must be either true or false.");
        }
        return operand.booleanValue();
    }

    /** {@code prefix}/{@code suffix} take a string or {@code {"equals-ignore-case": "string"}}. */
    private static ValueMatcher stringOperator(StringMatcher.Kind kind, String name, JsonNode operand) {
        if (operand.isObject()) {
            Map.Entry<String, JsonNode> inner = single(operand);
            if (!inner.getKey().equals("equals-ignore-case")) {
                throw new InvalidEventPatternException("Unsupported " + name + " pattern: " + inner.getKey());
            }
            return new StringMatcher(kind, text(name + " equals-ignore-case", inner.getValue()), true);
        }
        return new StringMatcher(kind, text(name, operand), false);
    }

    private static String text(String name, JsonNode operand) {
        if (!operand.isTextual()) {
            throw new InvalidEventPatternException(name + " match pattern must be a string");
        }
        return operand.textValue();
    }

    /** What {@code anything-but} excludes: one value, a list of values, or a string operator (with one or many operands). */
    private static ValueMatcher anythingBut(JsonNode operand) {
        if (operand.isObject()) {
            Map.Entry<String, JsonNode> inner = single(operand);
            String name = inner.getKey();
            return switch (name) {
                case "prefix" -> eachString(name, inner.getValue(), s -> new StringMatcher(StringMatcher.Kind.PREFIX, s, false));
                case "suffix" -> eachString(name, inner.getValue(), s -> new StringMatcher(StringMatcher.Kind.SUFFIX, s, false));
                case "equals-ignore-case" -> eachString(name, inner.getValue(),
                        s -> new StringMatcher(StringMatcher.Kind.EQUALS, s, true));
                case "wildcard" -> eachString(name, inner.getValue(), Wildcard::compile);
                default -> throw new InvalidEventPatternException("Unsupported anything-but pattern: " + name);
            };
        }
        if (operand.isArray()) {
            if (operand.isEmpty()) {
                throw new InvalidEventPatternException("Empty arrays are not allowed");
            }
            ExactValuesBuilder values = new ExactValuesBuilder();
            for (JsonNode element : operand) {
                anythingButValue(element, values);
            }
            return values.build();
        }
        if (!operand.isTextual() && !operand.isNumber()) {
            throw new InvalidEventPatternException("Value of anything-but must be an array or single string/number value.");
        }
        ExactValuesBuilder values = new ExactValuesBuilder();
        values.add(operand);
        return values.build();
    }

    private static void anythingButValue(JsonNode element, ExactValuesBuilder values) {
        if (!element.isTextual() && !element.isNumber()) {
            throw new InvalidEventPatternException("Inside anything but list, start|null|boolean is not supported.");
        }
        values.add(element);
    }

    private static ValueMatcher eachString(String name, JsonNode operand, java.util.function.Function<String, ValueMatcher> make) {
        if (operand.isTextual()) {
            return make.apply(operand.textValue());
        }
        if (!operand.isArray()) {
            throw new InvalidEventPatternException("Value of anything-but " + name + " must be a string or an array of strings");
        }
        if (operand.isEmpty()) {
            throw new InvalidEventPatternException("Empty arrays are not allowed");
        }
        List<ValueMatcher> matchers = new ArrayList<>();
        for (JsonNode element : operand) {
            if (!element.isTextual()) {
                throw new InvalidEventPatternException("Inside anything-but " + name + " list, only strings are allowed");
            }
            matchers.add(make.apply(element.textValue()));
        }
        return matchers.size() == 1 ? matchers.get(0) : new AnyOf(matchers.toArray(ValueMatcher[]::new));
    }

    /** Collects plain values into one {@link ExactValues}. */
    static final class ExactValuesBuilder {
        private final Set<String> strings = new HashSet<>();
        private final List<Double> numbers = new ArrayList<>();
        private boolean matchTrue;
        private boolean matchFalse;
        private boolean matchNull;
        private boolean any;

        void add(JsonNode value) {
            any = true;
            if (value.isTextual()) {
                strings.add(value.textValue());
            } else if (value.isNumber()) {
                numbers.add(value.doubleValue());
            } else if (value.isBoolean()) {
                if (value.booleanValue()) {
                    matchTrue = true;
                } else {
                    matchFalse = true;
                }
            } else if (value.isNull()) {
                matchNull = true;
            } else {
                throw new InvalidEventPatternException("Match value must be String, number, true, false, or null");
            }
        }

        boolean isEmpty() {
            return !any;
        }

        ExactValues build() {
            double[] doubles = numbers.stream().mapToDouble(Double::doubleValue).toArray();
            return new ExactValues(Set.copyOf(strings), doubles, matchTrue, matchFalse, matchNull);
        }
    }
}
