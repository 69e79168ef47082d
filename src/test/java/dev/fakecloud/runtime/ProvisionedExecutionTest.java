package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Provisioned concurrency really pre-starts environments, and invocations then find them warm. */
@QuarkusTest
class ProvisionedExecutionTest {

    final LambdaClient lambda = Clients.lambda();

    @Test
    void environmentsArePreparedBeforeReadyAndServeWarm() {
        String name = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "import os\ndef handler(e, c):\n    return os.environ['AWS_LAMBDA_INITIALIZATION_TYPE']\n"))))));
        lambda.publishVersion(b -> b.functionName(name));
        lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("1")
                .provisionedConcurrentExecutions(2));
        String status = Polling.until(Duration.ofSeconds(30), () -> lambda.getProvisionedConcurrencyConfig(b -> b
                .functionName(name).qualifier("1")).statusAsString(), s -> !s.equals("IN_PROGRESS"));
        assertThat(status).isEqualTo("READY");
        List<String> warm = RestAssured.get("/_fakecloud/lambda/warm-containers").then().extract().jsonPath()
                .getList("containers.findAll { it.functionName == '" + name + "' }.state");
        assertThat(warm).containsExactly("idle", "idle");

        InvokeResponse r = lambda.invoke(b -> b.functionName(name).qualifier("1").logType(LogType.TAIL));
        assertThat(r.payload().asUtf8String()).isEqualTo("\"provisioned-concurrency\"");
        assertThat(new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8))
                .doesNotContain("Init Duration");
    }
}
