package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.FunctionRecursionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Recursive loop detection: whether Lambda stops ({@code Terminate}, the default) or allows detected loops. */
@ApplicationScoped
public class RecursionService {

    /** In the order AWS lists them in its validation message. */
    static final List<String> VALUES = List.of("Terminate", "Allow");
    public static final String DEFAULT = "Terminate";

    private final FunctionService functions;
    private final RuntimeConfigStore store;

    public RecursionService(FunctionService functions, RuntimeConfigStore store) {
        this.functions = functions;
        this.store = store;
    }

    public FunctionRecursionConfig get(Scope scope, String functionName) {
        UnqualifiedName.check(Validation.start(), functionName).throwIfInvalid();
        LambdaFunction fn = function(scope, functionName);
        return new FunctionRecursionConfig(store.recursion(scope, fn.name()).orElse(DEFAULT));
    }

    public FunctionRecursionConfig put(Scope scope, String functionName, FunctionRecursionConfig request) {
        UnqualifiedName.check(Validation.start(), functionName)
                .required(request.recursiveLoop(), "recursiveLoop")
                .oneOf(request.recursiveLoop(), "recursiveLoop", VALUES)
                .throwIfInvalid();
        LambdaFunction fn = function(scope, functionName);
        store.putRecursion(scope, fn.name(), request.recursiveLoop());
        return new FunctionRecursionConfig(request.recursiveLoop());
    }

    private LambdaFunction function(Scope scope, String functionName) {
        FunctionRef ref = UnqualifiedName.parse(functionName, scope);
        return functions.function(scope, ref.name());
    }
}
