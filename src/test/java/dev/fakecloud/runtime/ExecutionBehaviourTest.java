package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Lambda's invoke semantics with real containers: concurrency, kills, aliases, layers, async, limits. */
@QuarkusTest
class ExecutionBehaviourTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();
    /** Background invokes run on a thread of our own (the common pool's threads lack the test's class loader). */
    final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newCachedThreadPool();

    String create(String code, Map<String, String> env, List<String> layers) {
        String name = "beh-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(30).environment(e -> e.variables(env)).layers(layers)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", code))))));
        return name;
    }

    static final String SLEEPER = "import time, os\ndef handler(event, context):\n"
            + "    time.sleep(event.get('sleep', 0))\n    return {'version': context.function_version,"
            + " 'arn': context.invoked_function_arn}\n";

    @Test
    void reservedConcurrencyThrottlesWithAwsReason() throws Exception {
        String name = create(SLEEPER, Map.of(), List.of());
        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1));
        CompletableFuture<InvokeResponse> slow = CompletableFuture.supplyAsync(() -> lambda.invoke(b -> b
                .functionName(name).payload(SdkBytes.fromUtf8String("{\"sleep\": 3}"))), background);
        Polling.until(Duration.ofSeconds(20), () -> RestAssured.get("/_fakecloud/lambda/warm-containers").then()
                .extract().jsonPath().getList("containers.findAll { it.functionName == '" + name + "' }.state"),
                states -> states.contains("busy"));
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName(name)))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).reason().toString())
                        .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"))
                .satisfies(e -> assertThat(((TooManyRequestsException) e).statusCode()).isEqualTo(429));
        assertThat(slow.get(30, TimeUnit.SECONDS).functionError()).isNull();

        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(0));
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName(name)))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void runningOutOfMemoryIsAnExitErrorAndACodeChangeRetiresOldEnvironments() {
        String name = "mem-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .memorySize(128).timeout(30).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    if event.get('hog'):\n"
                                + "        hog = bytearray(400 * 1024 * 1024)\n        return len(hog)\n"
                                + "    return 'v1'\n"))))));
        assertThat(lambda.invoke(b -> b.functionName(name)).payload().asUtf8String()).isEqualTo("\"v1\"");
        InvokeResponse oom = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"hog\":1}")));
        assertThat(oom.functionError()).isEqualTo("Unhandled");
        assertThat(oom.payload().asUtf8String()).contains("Runtime.ExitError");

        assertThat(lambda.invoke(b -> b.functionName(name)).payload().asUtf8String()).isEqualTo("\"v1\"");
        lambda.updateFunctionCode(b -> b.functionName(name).zipFile(SdkBytes.fromByteArray(Zips.of(Map.of(
                "handler.py", "def handler(event, context):\n    return 'v2'\n")))));
        assertThat(lambda.invoke(b -> b.functionName(name)).payload().asUtf8String()).isEqualTo("\"v2\"");
    }

    @Test
    void aliasRoutingWeightsAreHonouredAndReported() {
        String name = create(SLEEPER, Map.of(), List.of());
        lambda.publishVersion(b -> b.functionName(name));
        lambda.updateFunctionConfiguration(b -> b.functionName(name).description("two"));
        lambda.publishVersion(b -> b.functionName(name));
        lambda.createAlias(b -> b.functionName(name).name("live").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 0.5))));
        Set<String> executed = new HashSet<>();
        for (int i = 0; i < 30 && executed.size() < 2; i++) {
            InvokeResponse r = lambda.invoke(b -> b.functionName(name).qualifier("live"));
            executed.add(r.executedVersion());
            assertThat(r.payload().asUtf8String()).contains(":" + name + ":live\"")
                    .contains("\"version\": \"" + r.executedVersion() + "\"");
        }
        assertThat(executed).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void layersAreMergedIntoOpt() {
        byte[] layerZip = Zips.of(Map.of("python/greeting.py", "WORD = 'from-layer'\n"));
        String layerArn = lambda.publishLayerVersion(b -> b.layerName("greet-" + UUID.randomUUID().toString()
                .substring(0, 6)).content(c -> c.zipFile(SdkBytes.fromByteArray(layerZip)))).layerVersionArn();
        String name = create("import greeting\ndef handler(event, context):\n    return greeting.WORD\n", Map.of(),
                List.of(layerArn));
        assertThat(lambda.invoke(b -> b.functionName(name)).payload().asUtf8String()).isEqualTo("\"from-layer\"");
    }

    @Test
    void asyncInvokesRunInTheBackgroundAndAreRecorded() throws Exception {
        String name = create(SLEEPER, Map.of(), List.of());
        InvokeResponse accepted = lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\": 1}")));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String requestId = accepted.responseMetadata().requestId();
        List<String> types = Polling.until(Duration.ofSeconds(20), () -> RestAssured
                .get("/_fakecloud/lambda/invocations?functionName=" + name).then().extract().jsonPath()
                .<String>getList("invocations.findAll { it.requestId == '" + requestId + "' }.invocationType"),
                found -> !found.isEmpty());
        assertThat(types).containsExactly("Event");
        assertThat(lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.DRY_RUN)).statusCode())
                .isEqualTo(204);
    }

    @Test
    void oversizedResponsesAndClientContext() {
        String name = create("def handler(event, context):\n    if event.get('big'):\n"
                + "        return 'x' * 7000000\n    return context.client_context.custom\n", Map.of(), List.of());
        InvokeResponse big = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"big\":1}")));
        assertThat(big.functionError()).isEqualTo("Unhandled");
        assertThat(big.payload().asUtf8String()).contains("Function.ResponseSizeTooLarge");
        String context = Base64.getEncoder().encodeToString("{\"custom\":{\"k\":\"v\"}}"
                .getBytes(StandardCharsets.UTF_8));
        InvokeResponse withContext = lambda.invoke(b -> b.functionName(name).clientContext(context));
        assertThat(withContext.payload().asUtf8String()).isEqualTo("{\"k\": \"v\"}");
    }
}
