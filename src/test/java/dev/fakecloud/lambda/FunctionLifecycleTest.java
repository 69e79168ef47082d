package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.State;

@QuarkusTest
class FunctionLifecycleTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void createGetUpdateDelete() {
        String name = "fn-" + UUID.randomUUID().toString().substring(0, 8);
        var code = Zips.pythonHandler();
        CreateFunctionResponse created = lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("handler.handler").code(c -> c.zipFile(code)));
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + name);
        assertThat(created.state()).isEqualTo(State.PENDING);
        assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(sha256(code.asByteArray())));
        assertThat(created.codeSize()).isEqualTo(code.asByteArray().length);
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.architecturesAsStrings()).containsExactly("x86_64");

        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        GetFunctionResponse got = lambda.getFunction(b -> b.functionName(name));
        assertThat(got.configuration().state()).isEqualTo(State.ACTIVE);
        assertThat(got.configuration().lastUpdateStatusAsString()).isEqualTo("Successful");

        var updated = lambda.updateFunctionConfiguration(b -> b.functionName(name).timeout(30)
                .environment(e -> e.variables(Map.of("A", "1"))));
        assertThat(updated.timeout()).isEqualTo(30);
        assertThat(updated.lastUpdateStatusAsString()).isEqualTo("InProgress");
        lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(name));
        assertThat(lambda.getFunctionConfiguration(b -> b.functionName(name)).environment().variables())
                .containsEntry("A", "1");

        lambda.deleteFunction(b -> b.functionName(name));
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + name);
    }

    static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
