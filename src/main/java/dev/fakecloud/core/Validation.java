package dev.fakecloud.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations of a request's model constraints (required members, lengths, ranges, patterns, enums) and
 * throws one {@link ValidationException} with AWS's wording. Member names are given as AWS prints them
 * (lower camel case, e.g. {@code functionName}).
 */
public final class Validation {

    private final List<String> violations = new ArrayList<>();

    public static Validation start() {
        return new Validation();
    }

    public Validation required(Object value, String member) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    public Validation length(String value, String member, int min, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            violation(value, member, "Member must have length less than or equal to " + max);
        } else if (value.length() < min) {
            violation(value, member, "Member must have length greater than or equal to " + min);
        }
        return this;
    }

    public Validation range(Number value, String member, long min, long max) {
        if (value == null) {
            return this;
        }
        if (value.longValue() > max) {
            violation(value, member, "Member must have value less than or equal to " + max);
        } else if (value.longValue() < min) {
            violation(value, member, "Member must have value greater than or equal to " + min);
        }
        return this;
    }

    public Validation min(Number value, String member, long min) {
        return range(value, member, min, Long.MAX_VALUE);
    }

    public Validation pattern(String value, String member, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            violation(value, member, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return this;
    }

    public Validation oneOf(String value, String member, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violation(value, member, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return this;
    }

    public Validation maxSize(Collection<?> value, String member, int max) {
        if (value != null && value.size() > max) {
            violation(listText(value), member, "Member must have length less than or equal to " + max);
        }
        return this;
    }

    public Validation minSize(Collection<?> value, String member, int min) {
        if (value != null && value.size() < min) {
            violation(listText(value), member, "Member must have length greater than or equal to " + min);
        }
        return this;
    }

    /** Every element of a list must be one of {@code allowed}. */
    public Validation eachOneOf(Collection<String> value, String member, Collection<String> allowed) {
        if (value != null && !value.stream().allMatch(allowed::contains)) {
            violation(listText(value), member, "Member must satisfy constraint: [Member must satisfy enum value set: ["
                    + String.join(", ", allowed) + "], Member must not be null]");
        }
        return this;
    }

    public Validation violation(Object value, String member, String constraint) {
        violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(List.copyOf(violations));
        }
    }

    private static String listText(Collection<?> value) {
        return value.toString();
    }
}
