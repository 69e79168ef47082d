package dev.fakecloud.sns;

import static dev.fakecloud.sns.SnsTopicTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/** HTTP endpoints: the confirmation flow, notifications with SNS's headers, raw delivery, retries, unsubscribing. */
@QuarkusTest
class SnsHttpDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final SnsClient sns = Clients.sns();
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToAnswer = new AtomicInteger();
    HttpServer server;

    @BeforeEach
    void startEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body));
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopEndpoint() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Received await(int index) {
        Polling.until("request " + (index + 1) + " reaches the endpoint", Duration.ofSeconds(10),
                () -> received.size() > index);
        return received.get(index);
    }

    static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Subscribes the endpoint and confirms through the SubscribeURL, as a web application would. */
    String confirmedSubscription(String topic, String path, Map<String, String> attributes) throws Exception {
        String arn = sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(url(path)).attributes(attributes)
                .returnSubscriptionArn(true)).subscriptionArn();
        Received confirmation = await(0);
        assertThat(confirmation.header("x-amz-sns-message-type")).isEqualTo("SubscriptionConfirmation");
        assertThat(confirmation.header("x-amz-sns-topic-arn")).isEqualTo(topic);
        assertThat(confirmation.header("x-amz-sns-subscription-arn")).isNull();
        assertThat(confirmation.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(confirmation.header("User-Agent")).isEqualTo("Amazon Simple Notification Service Agent");
        JsonNode body = JSON.readTree(confirmation.body());
        assertThat(body.get("Type").asText()).isEqualTo("SubscriptionConfirmation");
        assertThat(confirmation.header("x-amz-sns-message-id")).isEqualTo(body.get("MessageId").asText());
        assertThat(body.get("Message").asText()).startsWith("You have chosen to subscribe to the topic " + topic);
        String token = body.get("Token").asText();
        assertThat(body.get("SubscribeURL").asText())
                .endsWith("/?Action=ConfirmSubscription&TopicArn=" + topic + "&Token=" + token);
        assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes())
                .containsEntry("PendingConfirmation", "true").containsEntry("ConfirmationWasAuthenticated", "false");
        publish(topic, "before confirmation");
        assertThat(get(body.get("SubscribeURL").asText())).contains("<ConfirmSubscriptionResult><SubscriptionArn>"
                + arn + "</SubscriptionArn>");
        assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes())
                .containsEntry("PendingConfirmation", "false");
        return arn;
    }

    void publish(String topic, String message) {
        sns.publish(b -> b.topicArn(topic).message(message));
    }

    @Test
    void confirmedEndpointsGetNotificationsWithSnsHeaders() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("http"))).topicArn();
        String arn = confirmedSubscription(topic, "/sns", Map.of());
        publish(topic, "test_external_http_endpoint");
        Received notification = await(1);
        assertThat(notification.path()).isEqualTo("/sns");
        assertThat(notification.header("x-amz-sns-message-type")).isEqualTo("Notification");
        assertThat(notification.header("x-amz-sns-subscription-arn")).isEqualTo(arn);
        assertThat(notification.header("x-amz-sns-topic-arn")).isEqualTo(topic);
        assertThat(notification.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        JsonNode body = JSON.readTree(notification.body());
        assertThat(body.get("Message").asText()).as("the message published before confirming was not delivered")
                .isEqualTo("test_external_http_endpoint");
        assertThat(notification.header("x-amz-sns-message-id")).isEqualTo(body.get("MessageId").asText());

        assertThat(get(body.get("UnsubscribeURL").asText())).contains("<UnsubscribeResponse");
        Received goodbye = await(2);
        assertThat(goodbye.header("x-amz-sns-message-type")).isEqualTo("UnsubscribeConfirmation");
        assertThat(JSON.readTree(goodbye.body()).get("Message").asText())
                .startsWith("You have chosen to deactivate subscription " + arn);
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions()).isEmpty();
    }

    @Test
    void rawDeliveryAndTheDeliveryPolicysContentType() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("raw"))).topicArn();
        confirmedSubscription(topic, "/raw", Map.of("RawMessageDelivery", "true",
                "DeliveryPolicy", "{\"requestPolicy\": {\"headerContentType\": \"application/json\"}}"));
        publish(topic, "{\"hello\": 1}");
        Received notification = await(1);
        assertThat(notification.body()).isEqualTo("{\"hello\": 1}");
        assertThat(notification.header("x-amz-sns-rawdelivery")).isEqualTo("true");
        assertThat(notification.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void failingEndpointsAreRetriedAsTheDeliveryPolicySays() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("retry"))).topicArn();
        String arn = confirmedSubscription(topic, "/flaky", Map.of("DeliveryPolicy", "{\"healthyRetryPolicy\": "
                + "{\"numRetries\": 2, \"minDelayTarget\": 1, \"maxDelayTarget\": 1}}"));
        failuresToAnswer.set(1);
        publish(topic, "second time lucky");
        Received retried = await(2);
        assertThat(JSON.readTree(retried.body()).get("Message").asText()).isEqualTo("second time lucky");
        assertThat(received.get(1).body()).isEqualTo(retried.body());

        failuresToAnswer.set(10);
        publish(topic, "never");
        Polling.until("the delivery is given up and counted", Duration.ofSeconds(15), () -> io.restassured.RestAssured
                .get("/_fakecloud/sns/deliveries").then().extract().jsonPath()
                .getList("failures.findAll { it.subscriptionArn == '" + arn + "' && it.attempts == 3 }").size() == 1);
    }
}
