package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** EventBridge rules invoke functions asynchronously with the event as payload, in real containers. */
@QuarkusTest
class EventBridgeLambdaTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final ObjectMapper JSON = new ObjectMapper();
    final LambdaClient lambda = Clients.lambda();
    final EventBridgeClient events = Clients.events();

    List<String> payloadsFromEvents(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract().jsonPath()
                .getList("invocations.findAll { it.source == 'aws:events' }.payload");
    }

    @Test
    void aMatchingEventInvokesTheFunctionWithTheEvent() throws Exception {
        String fn = "evfn-" + UUID.randomUUID().toString().substring(0, 8);
        String fnArn = lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role(ROLE)
                .handler("handler.handler").timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of(
                        "handler.py", "def handler(event, context):\n    return event['detail']\n"))))))
                .functionArn();
        String rule = "to-lambda-" + UUID.randomUUID().toString().substring(0, 8);
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"" + rule + "\"]}"));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("fn").arn(fnArn).build()));

        PutEventsResponse put = events.putEvents(b -> b.entries(e -> e.source(rule).detailType("order placed")
                .detail("{\"order\":42}")));
        List<String> payloads = Polling.eventually(() -> payloadsFromEvents(fn), p -> !p.isEmpty(),
                Duration.ofSeconds(60));
        assertThat(payloads).hasSize(1);
        JsonNode event = JSON.readTree(payloads.get(0));
        assertThat(event.path("id").asText()).isEqualTo(put.entries().get(0).eventId());
        assertThat(event.path("source").asText()).isEqualTo(rule);
        assertThat(event.path("detail-type").asText()).isEqualTo("order placed");
        assertThat(event.path("detail").path("order").asInt()).isEqualTo(42);
        assertThat(event.path("account").asText()).isEqualTo("000000000000");
    }
}
