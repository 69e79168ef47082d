package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.DockerProxyResource;
import dev.fakecloud.support.DockerSocketProxy;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.InjectDockerProxy;
import dev.fakecloud.support.Zips;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ServiceException;

/**
 * The Docker engine goes away while fakecloud runs (its socket is a proxy the test stops and starts): invokes that
 * need Docker fail with a {@code ServiceException} that says why, the control plane and warm environments keep
 * working, and everything works again, without a restart, once Docker is back.
 */
@QuarkusTest
@QuarkusTestResource(value = DockerProxyResource.class, restrictToAnnotatedClass = true)
class DockerOutageTest {

    @InjectDockerProxy
    DockerSocketProxy docker;

    final LambdaClient lambda = Clients.lambda();

    @Test
    void invokesFailClearlyWhileDockerIsAwayAndWorkAgainOnceItIsBack() throws Exception {
        docker.stop();
        String name = "outage-fn";
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler")
                .code(c -> c.zipFile(Zips.pythonHandler())));
        // one at a time: a permit not given back after a failure would throttle every later invoke
        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1));
        String arn = lambda.getFunction(b -> b.functionName(name)).configuration().functionArn();

        assertDockerAway(name);
        assertThat(lambda.listFunctions().functions()).extracting("functionName").contains(name);

        docker.start();
        assertThat(echo(name, 1)).isEqualTo("{\"n\": 1}");

        docker.stop();
        assertThat(echo(name, 2)).as("a warm environment needs no Docker").isEqualTo("{\"n\": 2}");
        RestAssured.post("/_fakecloud/lambda/" + name + "/evict-container").then().statusCode(200)
                .body("evicted", org.hamcrest.Matchers.equalTo(1));
        assertDockerAway(name);

        docker.start();
        assertThat(echo(name, 3)).isEqualTo("{\"n\": 3}");
        assertThat(echo(name, 4)).isEqualTo("{\"n\": 4}");
        // the container evicted while Docker was away is removed now that it is back
        Polling.until(Duration.ofSeconds(20), () -> containersOf(arn), ids -> ids.size() == 1);
    }

    private void assertDockerAway(String name) {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> lambda.invoke(b -> b.functionName(name)))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("could not reach the Docker engine at " + docker.dockerHost())
                    .hasMessageContaining("DOCKER_HOST")
                    .satisfies(e -> assertThat(((ServiceException) e).statusCode()).isEqualTo(500));
        }
        assertThat(lambda.getFunction(b -> b.functionName(name)).configuration().functionName()).isEqualTo(name);
    }

    private String echo(String name, int n) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(name)
                .payload(SdkBytes.fromUtf8String("{\"n\": " + n + "}")));
        assertThat(r.functionError()).isNull();
        return r.payload().asUtf8String();
    }

    /** The function's containers, found by fakecloud's labels on the real engine. */
    static List<String> containersOf(String functionArn) {
        try {
            Process ps = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=dev.fakecloud.function="
                    + functionArn).redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor();
            return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
