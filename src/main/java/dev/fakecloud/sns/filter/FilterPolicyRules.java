package dev.fakecloud.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SNS's own rules for filter policies where they differ from the event-pattern language, checked before the policy
 * is compiled by the product's one matcher: at most five keys, at most 150 combinations, SNS's numeric grammar and
 * wording, {@code anything-but} with {@code prefix} only, and no nesting when the scope is message attributes.
 */
final class FilterPolicyRules {

    static final int MAX_KEYS = 5;
    static final int MAX_COMBINATIONS = 150;
    private static final Set<String> LOWER = Set.of(">", ">=");
    private static final Set<String> UPPER = Set.of("<", "<=");
    private static final Pattern IP_LIKE = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private FilterPolicyRules() {
    }

    static void check(JsonNode policy) {
        if (!policy.isObject()) {
            return;
        }
        int keys = 0;
        for (Map.Entry<String, JsonNode> e : policy.properties()) {
            if (!e.getKey().equals("$or")) {
                keys++;
            }
        }
        checkValues(policy);
        if (keys > MAX_KEYS) {
            throw new InvalidFilterPolicyException("Filter policy can not have more than " + MAX_KEYS + " keys");
        }
        if (combinations(policy) > MAX_COMBINATIONS) {
            throw new InvalidFilterPolicyException("Filter policy is too complex");
        }
    }

    /** Checked once the policy is known to be well formed: message attributes take no nested policy. */
    static void checkScope(JsonNode policy, FilterPolicy.Scope scope) {
        if (scope == FilterPolicy.Scope.MESSAGE_ATTRIBUTES && nested(policy)) {
            throw new InvalidFilterPolicyException(
                    "Filter policy scope MessageAttributes does not support nested filter policy", true);
        }
    }

    /** Whether a field (outside {@code $or} alternatives' own top level) holds an object rather than an array. */
    static boolean nested(JsonNode object) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            JsonNode v = e.getValue();
            if (e.getKey().equals("$or") && v.isArray()) {
                for (JsonNode alternative : v) {
                    if (alternative.isObject() && nested(alternative)) {
                        return true;
                    }
                }
            } else if (v.isObject()) {
                return true;
            }
        }
        return false;
    }

    /** The number of value combinations: values multiply across keys, {@code $or} alternatives add up. */
    private static long combinations(JsonNode object) {
        long total = 1;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            JsonNode v = e.getValue();
            if (e.getKey().equals("$or") && v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
                long sum = 0;
                for (JsonNode alternative : v) {
                    sum += alternative.isObject() ? combinations(alternative) : 1;
                }
                total *= Math.max(1, sum);
            } else if (v.isObject()) {
                total *= combinations(v);
            } else if (v.isArray()) {
                total *= Math.max(1, v.size());
            }
            total = Math.min(total, Integer.MAX_VALUE);
        }
        return total;
    }

    private static void checkValues(JsonNode object) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                checkValues(v);
            } else if (v.isArray()) {
                for (JsonNode element : v) {
                    if (element.isObject() && e.getKey().equals("$or")) {
                        checkValues(element);
                    } else if (element.isObject() && element.size() == 1) {
                        Map.Entry<String, JsonNode> op = element.properties().iterator().next();
                        operator(op.getKey(), op.getValue());
                    }
                }
            }
        }
    }

    private static void operator(String name, JsonNode operand) {
        switch (name) {
            case "numeric" -> numeric(operand);
            case "anything-but" -> {
                if (operand.isObject() && operand.size() == 1) {
                    Map.Entry<String, JsonNode> inner = operand.properties().iterator().next();
                    if (!inner.getKey().equals("prefix")) {
                        throw new InvalidFilterPolicyException("Unsupported anything-but pattern: " + inner.getKey());
                    }
                    if (!inner.getValue().isTextual()) {
                        throw new InvalidFilterPolicyException("prefix match pattern must be a string");
                    }
                }
            }
            case "cidr" -> {
                if (!operand.isTextual()) {
                    throw new InvalidFilterPolicyException("prefix match pattern must be a string");
                }
                String cidr = operand.textValue();
                int slash = cidr.indexOf('/');
                if (slash > 0 && slash == cidr.lastIndexOf('/') && IP_LIKE.matcher(cidr.substring(0, slash)).matches()
                        && !cidr.substring(slash + 1).matches("\\d{1,3}")) {
                    throw new InvalidFilterPolicyException("Malformed CIDR, mask bits must be an integer");
                }
            }
            default -> {
            }
        }
    }

    /** SNS's numeric grammar: {@code [op, n]} or {@code [lower-op, n, upper-op, n]}, in SNS's words. */
    private static void numeric(JsonNode operand) {
        if (!operand.isArray()) {
            throw new InvalidFilterPolicyException("Value of numeric must be an array.");
        }
        int size = operand.size();
        if (size == 0) {
            throw new InvalidFilterPolicyException("Invalid member in numeric match: ]");
        }
        String first = operator(operand.get(0));
        double bottom = value(operand, 1, first);
        if (size == 2) {
            return;
        }
        if (first.equals("=") || UPPER.contains(first)) {
            throw new InvalidFilterPolicyException("Too many elements in numeric expression");
        }
        JsonNode second = operand.get(2);
        if (!second.isTextual()) {
            throw new InvalidFilterPolicyException("Bad value in numeric range: " + second);
        }
        if (!UPPER.contains(second.textValue())) {
            throw new InvalidFilterPolicyException("Bad numeric range operator: " + second.textValue());
        }
        double top = value(operand, 3, second.textValue());
        if (size > 4) {
            throw new InvalidFilterPolicyException("Too many terms in numeric range expression");
        }
        if (!(bottom < top)) {
            throw new InvalidFilterPolicyException("Bottom must be less than top");
        }
    }

    private static String operator(JsonNode op) {
        if (!op.isTextual()) {
            throw new InvalidFilterPolicyException("Invalid member in numeric match: " + op);
        }
        String text = op.textValue();
        if (!text.equals("=") && !LOWER.contains(text) && !UPPER.contains(text)) {
            throw new InvalidFilterPolicyException("Unrecognized numeric range operator: " + text);
        }
        return text;
    }

    private static double value(JsonNode operand, int index, String op) {
        JsonNode v = operand.get(index);
        if (v == null || !v.isNumber()) {
            throw new InvalidFilterPolicyException("Value of " + (op.equals("=") ? "equals" : op) + " must be numeric");
        }
        return v.doubleValue();
    }
}
