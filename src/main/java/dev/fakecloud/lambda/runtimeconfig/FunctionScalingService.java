package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionVersion;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.AccessDeniedException;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.FunctionScalingConfig;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.GetFunctionScalingConfigResponse;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutFunctionScalingConfigResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How many execution environments a published version of a Lambda Managed Instances function (one with a capacity
 * provider) keeps at least and may run at most.
 */
@ApplicationScoped
public class FunctionScalingService {

    static final Pattern QUALIFIER = Pattern.compile("(\\$LATEST\\.PUBLISHED|[0-9]+)");
    static final String LATEST_PUBLISHED = "$LATEST.PUBLISHED";
    /** What Lambda keeps when nothing was requested: three environments, one per availability zone. */
    static final int DEFAULT_ENVIRONMENTS = 3;

    private final FunctionService functions;
    private final RuntimeConfigStore store;

    public FunctionScalingService(FunctionService functions, RuntimeConfigStore store) {
        this.functions = functions;
        this.store = store;
    }

    public GetFunctionScalingConfigResponse get(Scope scope, String functionName, String qualifier) {
        validate(Validation.start(), functionName, qualifier).throwIfInvalid();
        Target target = target(scope, functionName, qualifier);
        FunctionScalingConfig requested = store.scaling(scope, target.function(), target.version()).orElse(null);
        return new GetFunctionScalingConfigResponse(target.arn(), applied(requested), requested);
    }

    public PutFunctionScalingConfigResponse put(Scope scope, String functionName, String qualifier,
            FunctionScalingConfig config) {
        Validation v = validate(Validation.start(), functionName, qualifier);
        if (config != null) {
            v.range(config.minExecutionEnvironments(), "functionScalingConfig.minExecutionEnvironments", 0, 15000)
                    .range(config.maxExecutionEnvironments(), "functionScalingConfig.maxExecutionEnvironments", 0,
                            15000);
        }
        v.throwIfInvalid();
        Target target = target(scope, functionName, qualifier);
        FunctionScalingConfig requested = config == null ? new FunctionScalingConfig(null, null) : config;
        if (requested.minExecutionEnvironments() != null && requested.maxExecutionEnvironments() != null
                && requested.minExecutionEnvironments() > requested.maxExecutionEnvironments()) {
            throw new InvalidParameterValueException("MinExecutionEnvironments must be less than or equal to "
                    + "MaxExecutionEnvironments.");
        }
        store.putScaling(scope, target.function(), target.version(), requested);
        return new PutFunctionScalingConfigResponse(target.state());
    }

    private static Validation validate(Validation v, String functionName, String qualifier) {
        return UnqualifiedName.check(v, functionName)
                .required(qualifier, "qualifier")
                .length(qualifier, "qualifier", 1, 128)
                .pattern(qualifier, "qualifier", QUALIFIER);
    }

    /** A published version of a function, as the qualifier designates it. */
    private record Target(String function, String version, String arn, String state) {
    }

    private Target target(Scope scope, String functionName, String qualifier) {
        FunctionRef ref = UnqualifiedName.parse(functionName, scope);
        String arn = LambdaArns.function(scope, ref.name(), qualifier);
        LambdaFunction fn = functions.function(scope, ref.name());
        Map.Entry<Long, FunctionVersion> entry = LATEST_PUBLISHED.equals(qualifier)
                ? fn.versions().lastEntry()
                : versionEntry(fn, qualifier);
        if (entry == null) {
            throw new ResourceNotFoundException("Function not found: " + arn);
        }
        FunctionVersion version = entry.getValue();
        String number = String.valueOf(entry.getKey());
        if (version.config().capacityProviderConfig() == null) {
            throw new AccessDeniedException("The function provided by the arn does not contain a capacity provider "
                    + "configuration");
        }
        return new Target(fn.name(), number, arn, version.config().state());
    }

    private static Map.Entry<Long, FunctionVersion> versionEntry(LambdaFunction fn, String qualifier) {
        long number;
        try {
            number = Long.parseLong(qualifier);
        } catch (NumberFormatException e) {
            return null;
        }
        FunctionVersion v = fn.versions().get(number);
        return v == null ? null : Map.entry(number, v);
    }

    /** What is in effect: the request, with Lambda's defaults where it names no bound. */
    private static FunctionScalingConfig applied(FunctionScalingConfig requested) {
        Integer min = requested == null ? null : requested.minExecutionEnvironments();
        Integer max = requested == null ? null : requested.maxExecutionEnvironments();
        int appliedMin = min != null ? min : Math.min(DEFAULT_ENVIRONMENTS, max != null ? max : DEFAULT_ENVIRONMENTS);
        int appliedMax = max != null ? max : Math.max(DEFAULT_ENVIRONMENTS, appliedMin);
        return new FunctionScalingConfig(appliedMin, appliedMax);
    }
}
