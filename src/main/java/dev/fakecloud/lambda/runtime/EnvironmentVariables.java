package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a function sees, as on AWS: Lambda's reserved variables plus the function's own. */
final class EnvironmentVariables {

    private EnvironmentVariables() {
    }

    /** The log group a function writes to: its {@code LoggingConfig.LogGroup}, else {@code /aws/lambda/<name>}. */
    static String logGroup(FunctionConfiguration c) {
        return c.loggingConfig() != null && c.loggingConfig().logGroup() != null
                ? c.loggingConfig().logGroup() : "/aws/lambda/" + c.functionName();
    }

    /** An environment's log stream as Lambda names it: {@code YYYY/MM/DD/[version]<32 hex>}. */
    static String logStream(String version, String environmentId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return String.format("%04d/%02d/%02d/[%s]%s", today.getYear(), today.getMonthValue(),
                today.getDayOfMonth(), version, environmentId);
    }

    static Map<String, String> of(Scope scope, FunctionConfiguration c, String runtimeApi, String endpointUrl,
            String initializationType, String stream) {
        Map<String, String> env = new LinkedHashMap<>();
        if (c.environment() != null && c.environment().variables() != null) {
            env.putAll(c.environment().variables());
        }
        String logGroup = logGroup(c);
        env.put("AWS_LAMBDA_FUNCTION_NAME", c.functionName());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(c.memorySize()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", c.version());
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", logGroup);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", stream);
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", initializationType);
        env.put("AWS_REGION", scope.region());
        env.put("AWS_DEFAULT_REGION", scope.region());
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("AWS_ENDPOINT_URL", endpointUrl);
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_SESSION_TOKEN", "test");
        env.put("LAMBDA_TASK_ROOT", "/var/task");
        env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
        env.put("TZ", ":UTC");
        if (c.handler() != null) {
            env.put("_HANDLER", c.handler());
        }
        if (c.runtime() != null) {
            env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + c.runtime());
        }
        if (c.loggingConfig() != null && "JSON".equals(c.loggingConfig().logFormat())) {
            env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
            if (c.loggingConfig().applicationLogLevel() != null) {
                env.put("AWS_LAMBDA_LOG_LEVEL", c.loggingConfig().applicationLogLevel());
            }
        }
        return env;
    }
}
