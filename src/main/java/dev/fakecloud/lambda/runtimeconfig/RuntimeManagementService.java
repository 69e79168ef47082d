package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutRuntimeManagementConfigRequest;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.RuntimeManagementConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a function version's runtime is updated: automatically ({@code Auto}, the default), on function updates, or
 * never ({@code Manual}, pinned to a runtime version ARN).
 */
@ApplicationScoped
public class RuntimeManagementService {

    static final List<String> MODES = List.of("Auto", "Manual", "FunctionUpdate");
    static final Pattern RUNTIME_VERSION_ARN = Pattern.compile("arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|"
            + "(-iso(b?)))?-[a-z]+-\\d{1}::runtime:.+");

    private final FunctionService functions;
    private final RuntimeConfigStore store;

    public RuntimeManagementService(FunctionService functions, RuntimeConfigStore store) {
        this.functions = functions;
        this.store = store;
    }

    public RuntimeManagementConfig get(Scope scope, FunctionRef ref) {
        ResolvedFunction resolved = resolve(scope, ref);
        String version = resolved.executedVersion();
        String arn = LambdaArns.function(scope, resolved.function().name(), version);
        return store.runtimeManagement(scope, resolved.function().name(), version)
                .map(c -> view(c, arn))
                .orElse(new RuntimeManagementConfig("Auto", null, arn));
    }

    public RuntimeManagementConfig put(Scope scope, FunctionRef ref, PutRuntimeManagementConfigRequest request) {
        Validation.start()
                .required(request.updateRuntimeOn(), "updateRuntimeOn")
                .oneOf(request.updateRuntimeOn(), "updateRuntimeOn", MODES)
                .length(request.runtimeVersionArn(), "runtimeVersionArn", 26, 2048)
                .pattern(request.runtimeVersionArn(), "runtimeVersionArn", RUNTIME_VERSION_ARN)
                .throwIfInvalid();
        ResolvedFunction resolved = resolve(scope, ref);
        boolean manual = "Manual".equals(request.updateRuntimeOn());
        if (manual && request.runtimeVersionArn() == null) {
            throw new InvalidParameterValueException("RuntimeVersionArn must be specified when UpdateRuntimeOn is "
                    + "Manual.");
        }
        PutRuntimeManagementConfigRequest stored = new PutRuntimeManagementConfigRequest(request.updateRuntimeOn(),
                manual ? request.runtimeVersionArn() : null);
        String version = resolved.executedVersion();
        store.putRuntimeManagement(scope, resolved.function().name(), version, stored);
        return view(stored, LambdaArns.function(scope, resolved.function().name(), version));
    }

    /** The version a qualifier designates: $LATEST or a published number; aliases are refused as AWS does. */
    private ResolvedFunction resolve(Scope scope, FunctionRef ref) {
        String qualifier = ref.qualifier();
        if (qualifier != null && !qualifier.startsWith("$") && !qualifier.chars().allMatch(Character::isDigit)) {
            throw new InvalidParameterValueException("The provided function name " + ref.qualifiedArn(scope)
                    + " is invalid. Aliases are not allowed.");
        }
        return functions.resolve(scope, ref);
    }

    private static RuntimeManagementConfig view(PutRuntimeManagementConfigRequest config, String functionArn) {
        return new RuntimeManagementConfig(config.updateRuntimeOn(), config.runtimeVersionArn(), functionArn);
    }
}
