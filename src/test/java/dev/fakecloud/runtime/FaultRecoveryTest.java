package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * What happens when an invocation ends badly (its container killed, a timeout, a caller that goes away): the caller
 * gets Lambda's answer, the next invocation runs, and the concurrency accounting is exact afterwards, which each test
 * checks with a reserved concurrency of 1 that must still admit an invocation.
 */
@QuarkusTest
class FaultRecoveryTest {

    static final String SLEEPER = "import time\ndef handler(event, context):\n"
            + "    time.sleep(event.get('sleep', 0))\n    return {'slept': event.get('sleep', 0)}\n";

    final LambdaClient lambda = Clients.lambda();
    final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    String createWithOneSlot(int timeoutSeconds) {
        String name = "fault-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler").timeout(timeoutSeconds)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", SLEEPER))))));
        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1));
        return name;
    }

    InvokeResponse invoke(String name, int sleep) {
        return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"sleep\": " + sleep + "}")));
    }

    String arn(String name) {
        return lambda.getFunction(b -> b.functionName(name)).configuration().functionArn();
    }

    void awaitBusy(String name) {
        Polling.until(Duration.ofSeconds(20), () -> RestAssured.get("/_fakecloud/lambda/warm-containers").then()
                .extract().jsonPath().getList("containers.findAll { it.functionName == '" + name + "' }.state"),
                states -> states.contains("busy"));
    }

    @Test
    void aContainerKilledMidInvokeIsAnExitErrorAndAFreshEnvironmentRunsTheNext() throws Exception {
        String name = createWithOneSlot(30);
        assertThat(invoke(name, 0).functionError()).isNull();
        List<String> before = DockerOutageTest.containersOf(arn(name));
        assertThat(before).hasSize(1);

        CompletableFuture<InvokeResponse> running = CompletableFuture.supplyAsync(() -> invoke(name, 20), background);
        awaitBusy(name);
        Process kill = new ProcessBuilder("docker", "kill", before.get(0)).inheritIO().start();
        assertThat(kill.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();

        InvokeResponse killed = running.get(10, TimeUnit.SECONDS);
        assertThat(killed.functionError()).isEqualTo("Unhandled");
        assertThat(killed.payload().asUtf8String()).contains("Runtime.ExitError").contains("signal: killed");

        InvokeResponse next = invoke(name, 0);
        assertThat(next.functionError()).isNull();
        assertThat(next.payload().asUtf8String()).isEqualTo("{\"slept\": 0}");
        List<String> after = Polling.until(Duration.ofSeconds(20), () -> DockerOutageTest.containersOf(arn(name)),
                ids -> ids.size() == 1);
        assertThat(after).doesNotContainAnyElementsOf(before);
    }

    @Test
    void aTimedOutInvocationGivesItsSlotBackAtOnce() {
        String name = createWithOneSlot(1);
        InvokeResponse timedOut = invoke(name, 5);
        assertThat(timedOut.functionError()).isEqualTo("Unhandled");
        assertThat(timedOut.payload().asUtf8String()).contains("Sandbox.Timedout");
        InvokeResponse next = invoke(name, 0);
        assertThat(next.functionError()).isNull();
        assertThat(next.payload().asUtf8String()).isEqualTo("{\"slept\": 0}");
    }

    @Test
    void aCallerThatGoesAwayKeepsItsSlotUntilTheFunctionHasFinishedAsOnAws() {
        String name = createWithOneSlot(30);
        assertThat(invoke(name, 0).functionError()).isNull();
        LambdaClient impatient = Clients.lambda(Duration.ofMillis(1500));
        assertThatThrownBy(() -> impatient.invoke(b -> b.functionName(name)
                .payload(SdkBytes.fromUtf8String("{\"sleep\": 4}")))).isInstanceOf(SdkClientException.class);
        assertThatThrownBy(() -> invoke(name, 0)).as("the function still runs")
                .isInstanceOf(TooManyRequestsException.class);
        InvokeResponse next = Polling.until(Duration.ofSeconds(15), () -> {
            try {
                return invoke(name, 0);
            } catch (TooManyRequestsException stillRunning) {
                return null;
            }
        }, r -> r != null);
        assertThat(next.functionError()).isNull();
    }
}
