package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function as a caller names it: a plain name, {@code name:qualifier}, a partial ARN
 * ({@code 123456789012:function:name}) or a full ARN, with or without a qualifier, plus an optional
 * {@code Qualifier} member. Parsing applies AWS's patterns and messages.
 */
public record FunctionRef(String name, String qualifier) {

    /** The pattern of {@code NamespacedFunctionName} (lookups). */
    public static final Pattern LOOKUP_NAME = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}"
            + "((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)"
            + "(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?");
    /** The pattern of {@code FunctionName} (create and most other operations). */
    public static final Pattern NAME = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}"
            + "((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)"
            + "(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    public static final Pattern QUALIFIER = Pattern.compile("\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");

    public static final String LATEST = "$LATEST";

    /** Parses a name for lookups (Get*, Delete*, Invoke, ...), where names up to 256 characters are accepted. */
    public static FunctionRef parse(String functionName, String qualifierMember, Scope scope) {
        return parse(functionName, qualifierMember, scope, LOOKUP_NAME, 256);
    }

    /** Parses with the stricter {@code FunctionName} shape (140 characters, no dots). */
    public static FunctionRef parseStrict(String functionName, String qualifierMember, Scope scope) {
        return parse(functionName, qualifierMember, scope, NAME, 140);
    }

    private static FunctionRef parse(String functionName, String qualifierMember, Scope scope, Pattern pattern,
            int maxLength) {
        Validation v = Validation.start().required(functionName, "functionName");
        if (qualifierMember != null) {
            v.length(qualifierMember, "qualifier", 1, 128).pattern(qualifierMember, "qualifier", QUALIFIER);
        }
        if (functionName != null) {
            v.length(functionName, "functionName", 1, maxLength).pattern(functionName, "functionName", pattern);
        }
        v.throwIfInvalid();
        Matcher m = pattern.matcher(functionName);
        if (!m.matches()) {
            throw new IllegalStateException("validated above");
        }
        String region = m.group(3) == null ? null : m.group(3).substring(0, m.group(3).length() - 1);
        String account = m.group(9) == null ? null : m.group(9).substring(0, 12);
        String name = m.group(11);
        String derived = m.group(13);
        if (region != null && !region.equals(scope.region())) {
            throw new ResourceNotFoundException(
                    "Functions from '" + region + "' are not reachable in this region ('" + scope.region() + "')");
        }
        if (derived != null && qualifierMember != null && !derived.equals(qualifierMember)) {
            throw new InvalidParameterValueException(
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        if (account != null && !account.equals(scope.accountId())) {
            throw new ResourceNotFoundException("Function not found: " + LambdaArns.function(
                    new Scope(account, scope.region()), name, derived != null ? derived : qualifierMember));
        }
        return new FunctionRef(name, derived != null ? derived : qualifierMember);
    }

    /** The function name inside a value that matches {@link #NAME} (which must have been validated). */
    public static String bareName(String functionName) {
        Matcher m = NAME.matcher(functionName);
        return m.matches() ? m.group(11) : functionName;
    }

    public boolean qualified() {
        return qualifier != null;
    }

    public boolean latest() {
        return qualifier == null || LATEST.equals(qualifier);
    }

    /** The unqualified function ARN. */
    public String arn(Scope scope) {
        return LambdaArns.function(scope, name, null);
    }

    public String qualifiedArn(Scope scope) {
        return LambdaArns.function(scope, name, qualifier);
    }
}
