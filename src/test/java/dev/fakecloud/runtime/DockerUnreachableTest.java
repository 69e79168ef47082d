package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ServiceException;

/** With no Docker engine to reach, invokes fail with an AWS-shaped error that says why; everything else works. */
@QuarkusTest
@TestProfile(DockerUnreachableTest.NoDocker.class)
class DockerUnreachableTest {

    public static class NoDocker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock");
        }
    }

    final LambdaClient lambda = Clients.lambda();

    @Test
    void invokeExplainsAndTheControlPlaneKeepsWorking() {
        lambda.createFunction(b -> b.functionName("no-docker").runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler")
                .code(c -> c.zipFile(Zips.pythonHandler())));
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("no-docker")))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("could not reach the Docker engine at unix:///nonexistent/docker.sock")
                .hasMessageContaining("DOCKER_HOST");
        assertThat(lambda.getFunction(b -> b.functionName("no-docker")).configuration().functionName())
                .isEqualTo("no-docker");
        assertThat(lambda.listFunctions().functions()).extracting("functionName").contains("no-docker");
    }
}
