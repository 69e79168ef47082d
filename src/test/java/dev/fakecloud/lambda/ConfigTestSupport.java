package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.fakecloud.support.Zips;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Functions, versions and aliases to hang per-function configurations on, and error assertions. */
final class ConfigTestSupport {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";

    private ConfigTestSupport() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a function and returns its name. */
    static String createFunction(LambdaClient lambda, String prefix) {
        String name = uniqueName(prefix);
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        return name;
    }

    /** Publishes a version that differs from the last one and returns its number. */
    static String publish(LambdaClient lambda, String function) {
        lambda.updateFunctionConfiguration(b -> b.functionName(function)
                .environment(e -> e.variables(Map.of("RELEASE", UUID.randomUUID().toString()))));
        return lambda.publishVersion(b -> b.functionName(function)).version();
    }

    static void alias(LambdaClient lambda, String function, String alias, String version) {
        lambda.createAlias(b -> b.functionName(function).name(alias).functionVersion(version));
    }

    /** Runs a call that must fail with {@code type}, {@code status} and exactly {@code message}. */
    static <T extends LambdaException> T failure(Class<T> type, int status, String message, Runnable call) {
        try {
            call.run();
        } catch (LambdaException e) {
            assertThat(e).isInstanceOf(type);
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            return type.cast(e);
        }
        return fail("expected " + type.getSimpleName() + ": " + message);
    }

    /** A failure that the SDK has no exception class for (e.g. ValidationException). */
    static LambdaException failureCode(String code, int status, String message, Runnable call) {
        LambdaException e = failure(LambdaException.class, status, message, call);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        return e;
    }
}
