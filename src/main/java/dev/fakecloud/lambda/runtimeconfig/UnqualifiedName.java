package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import java.util.regex.Pattern;

/** The {@code UnqualifiedFunctionName} shape: a function name or ARN that must not carry a qualifier. */
final class UnqualifiedName {

    static final Pattern PATTERN = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?"
            + "-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)");

    private UnqualifiedName() {
    }

    /** Adds the shape's violations for {@code functionName} to {@code v}. */
    static Validation check(Validation v, String functionName) {
        return v.required(functionName, "functionName")
                .length(functionName, "functionName", 1, 140)
                .pattern(functionName, "functionName", PATTERN);
    }

    /** A validated name resolved to the function it designates in {@code scope}. */
    static FunctionRef parse(String functionName, Scope scope) {
        return FunctionRef.parseStrict(functionName, null, scope);
    }
}
