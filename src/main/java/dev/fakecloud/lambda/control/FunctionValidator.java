package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.code.Runtimes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.FunctionRequests.CreateFunctionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionConfigurationRequest;
import dev.fakecloud.lambda.model.FunctionShapes.Environment;
import dev.fakecloud.lambda.model.FunctionShapes.EphemeralStorage;
import dev.fakecloud.lambda.model.FunctionShapes.LoggingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.SnapStart;
import dev.fakecloud.lambda.model.FunctionShapes.TracingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The request-model and service rules of CreateFunction and UpdateFunctionConfiguration, with AWS's messages. */
@ApplicationScoped
public class FunctionValidator {

    static final Pattern ROLE = Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    static final Pattern HANDLER = Pattern.compile("[^\\s]+");
    static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");
    static final List<String> PACKAGE_TYPES = List.of("Zip", "Image");
    static final List<String> TRACING_MODES = List.of("Active", "PassThrough");
    static final List<String> SNAP_START = List.of("PublishedVersions", "None");
    static final List<String> LOG_FORMATS = List.of("JSON", "Text");
    static final List<String> APP_LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
    static final List<String> SYSTEM_LOG_LEVELS = List.of("DEBUG", "INFO", "WARN");
    /**
     * Variables Lambda sets itself, which a function's configuration may not name ("Defined runtime environment
     * variables" in the Lambda developer guide). The guide also lists TZ, yet Lambda accepts a TZ of the caller's,
     * so it is not refused here.
     */
    static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");
    static final int MAX_ENVIRONMENT_BYTES = 4096;
    static final int MAX_NAME = 64;

    private final ObjectMapper json = JsonLimits.mapper();

    public void validateCreate(CreateFunctionRequest r) {
        Validation v = Validation.start()
                .required(r.functionName(), "functionName")
                .required(r.role(), "role")
                .required(r.code(), "code")
                .length(r.functionName(), "functionName", 1, 140)
                .pattern(r.functionName(), "functionName", FunctionRef.NAME)
                .pattern(r.role(), "role", ROLE)
                .oneOf(r.packageType(), "packageType", PACKAGE_TYPES)
                .maxSize(r.architectures(), "architectures", 1)
                .minSize(r.architectures(), "architectures", 1)
                .eachOneOf(r.architectures(), "architectures", ARCHITECTURES);
        common(v, r.handler(), r.description(), r.timeout(), r.memorySize(), r.tracingConfig(), r.ephemeralStorage(),
                r.snapStart(), r.loggingConfig());
        v.throwIfInvalid();
        if (!"Image".equals(r.packageType())) {
            if (r.runtime() == null || r.handler() == null) {
                throw new InvalidParameterValueException(
                        "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
            }
            Runtimes.requireUsable(r.runtime());
        }
        String bareName = FunctionRef.bareName(r.functionName());
        if (bareName.length() > MAX_NAME) {
            throw new InvalidParameterValueException("1 validation error detected: Value '" + bareName
                    + "' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to "
                    + MAX_NAME);
        }
        environment(r.environment());
    }

    public void validateUpdate(UpdateFunctionConfigurationRequest r) {
        Validation v = Validation.start().pattern(r.role(), "role", ROLE);
        common(v, r.handler(), r.description(), r.timeout(), r.memorySize(), r.tracingConfig(), r.ephemeralStorage(),
                r.snapStart(), r.loggingConfig());
        v.throwIfInvalid();
        if (r.runtime() != null) {
            Runtimes.requireUsable(r.runtime());
        }
        environment(r.environment());
    }

    private static void common(Validation v, String handler, String description, Integer timeout, Integer memorySize,
            TracingConfig tracing, EphemeralStorage storage, SnapStart snapStart, LoggingConfig logging) {
        v.length(handler, "handler", 0, 128).pattern(handler, "handler", HANDLER)
                .length(description, "description", 0, 256)
                .range(timeout, "timeout", 1, 900)
                .range(memorySize, "memorySize", 128, 10240);
        if (tracing != null) {
            v.oneOf(tracing.mode(), "tracingConfig.mode", TRACING_MODES);
        }
        if (storage != null) {
            v.required(storage.size(), "ephemeralStorage.size").range(storage.size(), "ephemeralStorage.size", 512, 10240);
        }
        if (snapStart != null) {
            v.oneOf(snapStart.applyOn(), "snapStart.applyOn", SNAP_START);
        }
        if (logging != null) {
            v.oneOf(logging.logFormat(), "loggingConfig.logFormat", LOG_FORMATS)
                    .oneOf(logging.applicationLogLevel(), "loggingConfig.applicationLogLevel", APP_LOG_LEVELS)
                    .oneOf(logging.systemLogLevel(), "loggingConfig.systemLogLevel", SYSTEM_LOG_LEVELS)
                    .length(logging.logGroup(), "loggingConfig.logGroup", 1, 512);
        }
    }

    /** AWS measures the variables as compact JSON and allows 4 KB; Lambda's own variables may not be set. */
    private void environment(Environment environment) {
        if (environment == null || environment.variables() == null || environment.variables().isEmpty()) {
            return;
        }
        String measured;
        try {
            measured = json.writeValueAsString(environment.variables());
        } catch (JsonProcessingException e) {
            throw new InvalidParameterValueException("Invalid environment variables: " + e.getOriginalMessage());
        }
        if (measured.getBytes(StandardCharsets.UTF_8).length > MAX_ENVIRONMENT_BYTES) {
            throw new InvalidParameterValueException("Lambda was unable to configure your environment variables "
                    + "because the environment variables you have provided exceeded the 4KB limit. String measured: "
                    + measured);
        }
        List<String> reserved = environment.variables().keySet().stream()
                .filter(RESERVED_VARIABLES::contains)
                .toList();
        if (!reserved.isEmpty()) {
            throw new InvalidParameterValueException("Lambda was unable to configure your environment variables "
                    + "because the environment variables you have provided contains reserved keys that are currently "
                    + "not supported for modification. Reserved keys used in this request: "
                    + String.join(", ", reserved));
        }
        for (String key : environment.variables().keySet()) {
            if (!key.matches("[a-zA-Z]([a-zA-Z0-9_])*")) {
                throw new InvalidParameterValueException("Lambda was unable to configure your environment variables "
                        + "because the environment variables you have provided contains reserved keys or invalid "
                        + "characters: " + key);
            }
        }
    }
}
