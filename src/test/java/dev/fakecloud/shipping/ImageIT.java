package dev.fakecloud.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.ServerProcess;
import dev.fakecloud.support.Zips;
import io.restassured.RestAssured;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The image fakecloud:dev as a CI sidecar: given the Docker socket and the host's network (the only network these
 * machines may use), it runs functions and an SQS mapping, removes its function containers when stopped, and a
 * sidecar that starts after one was killed removes what the dead one left.
 */
class ImageIT {

    private static final String IMAGE = "fakecloud:dev";
    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda";
    private final List<String> started = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Distribution.buildImage();
    }

    @AfterEach
    void removeSidecars() throws Exception {
        for (String name : started) {
            Distribution.exec(List.of("docker", "rm", "-f", name));
        }
    }

    @Test
    void theImageIsSmallAndHasNoShell() throws Exception {
        long bytes = Long.parseLong(Distribution.run(List.of("docker", "image", "inspect", "-f", "{{.Size}}", IMAGE),
                60).strip());
        assertThat(bytes).isLessThan(200_000_000L);
        Distribution.Result shell = Distribution.exec(List.of("docker", "run", "--rm", "--entrypoint", "/bin/sh",
                IMAGE, "-c", "true"));
        assertThat(shell.exitCode()).isNotZero();
    }

    @Test
    void aSidecarRunsFunctionsAndMappingsAndCleansUpAfterItselfAndAfterADeadOne() throws Exception {
        int port = ServerProcess.freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        String first = sidecar(port);
        awaitHealthy(endpoint);

        LambdaClient lambda = Clients.lambda(endpoint);
        lambda.createFunction(b -> b.functionName("echo").runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName("echo"));
        String answer = lambda.invoke(b -> b.functionName("echo").payload(SdkBytes.fromUtf8String("{\"n\":1}")))
                .payload().asUtf8String();
        assertThat(answer).isEqualTo("{\"n\": 1}");

        SqsClient sqs = Clients.sqs(endpoint);
        String queue = sqs.createQueue(b -> b.queueName("jobs")
                .attributes(java.util.Map.of(software.amazon.awssdk.services.sqs.model.QueueAttributeName
                        .VISIBILITY_TIMEOUT, "30"))).queueUrl();
        lambda.createEventSourceMapping(b -> b.functionName("echo").batchSize(1)
                .eventSourceArn("arn:aws:sqs:us-east-1:000000000000:jobs"));
        sqs.sendMessage(b -> b.queueUrl(queue).messageBody("from the queue"));
        Polling.until("the mapping invoked the function", Duration.ofSeconds(60), () -> RestAssured
                .get(endpoint.resolve("/_fakecloud/lambda/invocations")).asString().contains("aws:sqs"));

        String firstId = containerId(first);
        assertThat(containersOf(firstId)).isNotEmpty();
        Distribution.run(List.of("docker", "kill", first), 60);
        assertThat(containersOf(firstId)).as("a killed sidecar leaves its function containers").isNotEmpty();

        String second = sidecar(port);
        awaitHealthy(endpoint);
        Polling.until(Duration.ofSeconds(60), () -> containersOf(firstId), List::isEmpty);

        String secondId = containerId(second);
        Clients.lambda(endpoint).createFunction(b -> b.functionName("again").runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        Clients.lambda(endpoint).waiter().waitUntilFunctionActiveV2(b -> b.functionName("again"));
        Clients.lambda(endpoint).invoke(b -> b.functionName("again"));
        assertThat(containersOf(secondId)).isNotEmpty();
        Distribution.run(List.of("docker", "stop", "-t", "60", second), 120);
        assertThat(containersOf(secondId)).as("a stopped sidecar removes its function containers").isEmpty();
        String exit = Distribution.run(List.of("docker", "inspect", "-f", "{{.State.ExitCode}}", second), 60).strip();
        assertThat(exit).isIn("0", "143");
    }

    private String sidecar(int port) throws Exception {
        String name = "fakecloud-it-" + port + "-" + started.size();
        Distribution.exec(List.of("docker", "rm", "-f", name));
        started.add(name);
        Distribution.run(List.of("docker", "run", "-d", "--name", name, "--network", "host",
                "-v", "/var/run/docker.sock:/var/run/docker.sock",
                "-e", "FAKECLOUD_PORT=" + port,
                "-e", "FAKECLOUD_LAMBDA_IMAGE_REGISTRY=fakecloud-test/lambda",
                "-e", "FAKECLOUD_LAMBDA_STATE_TRANSITION_DELAY=PT0S", IMAGE), 120);
        return name;
    }

    private static void awaitHealthy(URI endpoint) {
        Polling.until("the sidecar answers", Duration.ofSeconds(90), () -> {
            try {
                return RestAssured.get(endpoint.resolve("/_fakecloud/health")).statusCode() == 200;
            } catch (Exception notYet) { // connection refused until it listens
                return false;
            }
        });
    }

    private static String containerId(String name) throws Exception {
        return Distribution.run(List.of("docker", "inspect", "-f", "{{.Id}}", name), 60).strip();
    }

    private static List<String> containersOf(String sidecarId) {
        try {
            String out = Distribution.run(List.of("docker", "ps", "-aq", "--filter",
                    "label=dev.fakecloud.owner=container:" + sidecarId), 60);
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
