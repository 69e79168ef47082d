package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * Something kept per function qualifier: a version number, an alias name, {@code $LATEST}, or null for the
 * unqualified function, depending on what the owning table keys by.
 */
public record QualifiedKey(Scope scope, String function, String qualifier) {

    public static QualifiedKey of(FunctionKey function, String qualifier) {
        return new QualifiedKey(function.scope(), function.name(), qualifier);
    }

    public FunctionKey functionKey() {
        return new FunctionKey(scope, function);
    }
}
