package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Lambda refuses environment variables named like the ones it sets itself, naming the keys used. */
@QuarkusTest
class ReservedVariablesTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String REFUSAL = "Lambda was unable to configure your environment variables because the environment "
            + "variables you have provided contains reserved keys that are currently not supported for modification. "
            + "Reserved keys used in this request: ";

    private final LambdaClient lambda = Clients.lambda();

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void create(String name, Map<String, String> variables) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE).handler("h.h")
                .environment(e -> e.variables(variables)).code(c -> c.zipFile(Zips.pythonHandler())));
    }

    @Test
    void createFunctionRefusesReservedKeys() {
        for (String key : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_EXECUTION_ENV",
                "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "_HANDLER", "_X_AMZN_TRACE_ID"}) {
            assertThatThrownBy(() -> create(unique("reserved"), Map.of("MINE", "1", key, "x")))
                    .isInstanceOf(InvalidParameterValueException.class)
                    .satisfies(e -> assertThat(((InvalidParameterValueException) e).statusCode()).isEqualTo(400))
                    .hasMessageStartingWith(REFUSAL + key + " ");
        }
    }

    @Test
    void theMessageNamesEveryReservedKeyInTheOrderGiven() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_ACCESS_KEY_ID", "a");
        variables.put("MINE", "b");
        variables.put("AWS_SECRET_ACCESS_KEY", "c");
        assertThatThrownBy(() -> create(unique("reserved"), variables))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith(REFUSAL + "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY ");
    }

    @Test
    void updateFunctionConfigurationRefusesThemTooAndKeepsTheOldVariables() {
        String name = unique("reserved-update");
        create(name, Map.of("MINE", "1"));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        assertThatThrownBy(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name)
                .environment(e -> e.variables(Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1")))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith(REFUSAL + "AWS_LAMBDA_FUNCTION_MEMORY_SIZE ");
        assertThat(lambda.getFunctionConfiguration(b -> b.functionName(name)).environment().variables())
                .containsExactly(Map.entry("MINE", "1"));
    }

    @Test
    void variablesThatOnlyLookReservedAreAccepted() {
        String name = unique("not-reserved");
        create(name, Map.of("AWS_REGION_NAME", "x", "MY_AWS_REGION", "y", "TZ", "Europe/Paris", "PATH_EXTRA", "z"));
        assertThat(lambda.getFunctionConfiguration(b -> b.functionName(name)).environment().variables())
                .containsEntry("AWS_REGION_NAME", "x").containsEntry("TZ", "Europe/Paris");
    }
}
