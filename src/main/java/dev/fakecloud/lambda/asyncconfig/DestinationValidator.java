package dev.fakecloud.lambda.asyncconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.EventInvokeShapes.DestinationConfig;
import dev.fakecloud.lambda.model.EventInvokeShapes.OnFailure;
import dev.fakecloud.lambda.model.EventInvokeShapes.OnSuccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS's rules for the destinations of asynchronous invocations: the model's ARN pattern, then only SQS, SNS,
 * Lambda and EventBridge (and S3 for failures) as targets, a Lambda target must exist and must not be the function
 * itself.
 */
@ApplicationScoped
public class DestinationValidator {

    static final Pattern DESTINATION = Pattern.compile("$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):"
            + "([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
    private static final Pattern ARN = Pattern.compile("arn:([^:]+):([^:]+):([^:]*):([^:]*):(.*)");
    private static final Set<String> ON_SUCCESS_SERVICES = Set.of("sqs", "sns", "lambda", "events");
    private static final Set<String> ON_FAILURE_SERVICES = Set.of("sqs", "sns", "lambda", "events", "s3");

    private final FunctionStore functions;

    public DestinationValidator(FunctionStore functions) {
        this.functions = functions;
    }

    /** Adds the model's violations (length, pattern) of the destinations to {@code v}. */
    static Validation checkShape(Validation v, DestinationConfig config) {
        if (config == null) {
            return v;
        }
        String success = config.onSuccess() == null ? null : config.onSuccess().destination();
        String failure = config.onFailure() == null ? null : config.onFailure().destination();
        return v.length(success, "destinationConfig.onSuccess.destination", 0, 350)
                .pattern(success, "destinationConfig.onSuccess.destination", DESTINATION)
                .length(failure, "destinationConfig.onFailure.destination", 0, 350)
                .pattern(failure, "destinationConfig.onFailure.destination", DESTINATION);
    }

    /** Fails as AWS does unless every destination of {@code config} may receive {@code owner}'s results. */
    public void validate(LambdaFunction owner, DestinationConfig config) {
        if (config == null) {
            return;
        }
        if (config.onSuccess() != null) {
            check(owner, config, config.onSuccess().destination(), ON_SUCCESS_SERVICES);
        }
        if (config.onFailure() != null) {
            check(owner, config, config.onFailure().destination(), ON_FAILURE_SERVICES);
        }
    }

    private void check(LambdaFunction owner, DestinationConfig config, String destination, Set<String> services) {
        if (destination == null || destination.isEmpty()) {
            return;
        }
        Matcher m = ARN.matcher(destination);
        if (!m.matches() || !services.contains(m.group(2))) {
            throw invalid(config);
        }
        if (!"lambda".equals(m.group(2))) {
            return;
        }
        String resource = m.group(5);
        if (!resource.startsWith("function:") || resource.length() == "function:".length()) {
            throw invalid(config);
        }
        String name = resource.substring("function:".length()).split(":", 2)[0];
        Scope target = new Scope(m.group(4), m.group(3));
        if (target.equals(owner.scope()) && name.equals(owner.name())) {
            throw new InvalidParameterValueException("You can't specify the function as a destination for itself.");
        }
        if (functions.find(target, name).isEmpty()) {
            throw new InvalidParameterValueException("The destination ARN " + destination + " is invalid.");
        }
    }

    private static InvalidParameterValueException invalid(DestinationConfig config) {
        return new InvalidParameterValueException("The provided destination config " + describe(config)
                + " is invalid.");
    }

    /** The configuration as AWS prints it in its messages. */
    static String describe(DestinationConfig config) {
        OnSuccess success = config.onSuccess();
        OnFailure failure = config.onFailure();
        return "DestinationConfig(onSuccess=" + (success == null ? "null" : "OnSuccess(destination="
                + success.destination() + ")") + ", onFailure=" + (failure == null ? "null"
                : "OnFailure(destination=" + failure.destination() + ")") + ")";
    }
}
