package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Asynchronous invocation as AWS does it, with real containers: accepted at once, retried after a function error
 * (the test profile shortens AWS's one and two minutes), then routed by outcome to destinations of every kind and to
 * the dead-letter queue, with AWS's record shapes.
 */
@QuarkusTest
class AsyncInvocationTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String HANDLER = """
            def handler(event, context):
                if event.get('fail'):
                    raise Exception('intentional failure')
                return {'echo': event, 'version': context.function_version}
            """;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(60);

    final LambdaClient lambda = Clients.lambda();
    final SqsClient sqs = Clients.sqs();

    String function(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
        return name;
    }

    String queue(String prefix) {
        return sqs.createQueue(b -> b.queueName(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
    }

    String arnOf(String queueUrl) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    Message nextMessage(String queueUrl) {
        List<Message> got = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)
                .messageAttributeNames("All")).messages(), m -> !m.isEmpty(), WAIT);
        assertThat(got).as("a message in " + queueUrl).isNotEmpty();
        return got.get(0);
    }

    InvokeResponse invokeEvent(String function, String payload) {
        return lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    List<Map<String, Object>> attempts(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations").then().extract().jsonPath()
                .getList("invocations.findAll { it.functionName == '" + function + "' }");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFailingEventIsTriedThreeTimesThenItsRecordGoesToTheFailureDestination() {
        String fn = function("retry");
        String failures = queue("failures");
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).destinationConfig(d -> d
                .onFailure(f -> f.destination(arnOf(failures)))));

        InvokeResponse accepted = invokeEvent(fn, "{\"fail\": true, \"n\": 1}");
        assertThat(accepted.statusCode()).isEqualTo(202);

        JsonNode record = json(nextMessage(failures).body());
        assertThat(record.path("version").asText()).isEqualTo("1.0");
        assertThat(record.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        JsonNode context = record.path("requestContext");
        assertThat(context.path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(context.path("approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(context.path("functionArn").asText()).endsWith(":function:" + fn + ":$LATEST");
        assertThat(record.path("requestPayload")).isEqualTo(json("{\"fail\": true, \"n\": 1}"));
        assertThat(record.path("responseContext")).isEqualTo(json(
                "{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"}"));
        assertThat(record.path("responsePayload").path("errorMessage").asText()).isEqualTo("intentional failure");

        List<Map<String, Object>> runs = attempts(fn);
        assertThat(runs).extracting(r -> r.get("attempt")).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(runs).extracting(r -> r.get("invocationType")).containsOnly("Event");
        assertThat(runs).extracting(r -> r.get("requestId")).containsOnly(context.path("requestId").asText());
    }

    @Test
    void withoutRetriesASuccessAndAFailureGoToTheirOwnDestinations() {
        String fn = function("outcome");
        String successes = queue("ok");
        String failures = queue("ko");
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).maximumRetryAttempts(0).destinationConfig(d -> d
                .onSuccess(s -> s.destination(arnOf(successes))).onFailure(f -> f.destination(arnOf(failures)))));

        invokeEvent(fn, "{\"hello\": \"world\"}");
        invokeEvent(fn, "{\"fail\": 1}");

        JsonNode success = json(nextMessage(successes).body());
        assertThat(success.path("requestContext").path("condition").asText()).isEqualTo("Success");
        assertThat(success.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(success.path("responseContext").has("functionError")).isFalse();
        assertThat(success.path("responsePayload").path("echo").path("hello").asText()).isEqualTo("world");
        JsonNode failure = json(nextMessage(failures).body());
        assertThat(failure.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(failure.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedEventGoesUnchangedToTheDeadLetterQueueWithAwsAttributes() {
        String fn = function("dlq");
        String dlq = queue("dlq");
        lambda.updateFunctionConfiguration(b -> b.functionName(fn).deadLetterConfig(d -> d.targetArn(arnOf(dlq))));
        lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(fn));
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).maximumRetryAttempts(1));

        invokeEvent(fn, "{\"fail\": \"please\"}");

        Message dead = nextMessage(dlq);
        assertThat(dead.body()).isEqualTo("{\"fail\": \"please\"}");
        Map<String, MessageAttributeValue> attributes = dead.messageAttributes();
        assertThat(attributes.get("ErrorCode").dataType()).isEqualTo("Number");
        assertThat(attributes.get("ErrorCode").stringValue()).isEqualTo("200");
        assertThat(attributes.get("ErrorMessage").stringValue()).isEqualTo("intentional failure");
        assertThat(attributes.get("RequestID").stringValue()).isNotBlank();
        assertThat(attempts(fn)).hasSize(2);
    }

    @Test
    void recordsReachTopicsBusesAndOtherFunctions() {
        String fn = function("fanout");
        String receiver = function("receiver");
        SnsClient sns = Clients.sns();
        EventBridgeClient events = Clients.events();
        String topic = sns.createTopic(b -> b.name("outcomes-" + UUID.randomUUID().toString().substring(0, 8)))
                .topicArn();
        String fromTopic = queue("from-topic");
        sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arnOf(fromTopic))
                .attributes(Map.of("RawMessageDelivery", "true")));
        String bus = "outcomes-" + UUID.randomUUID().toString().substring(0, 8);
        String busArn = events.createEventBus(b -> b.name(bus)).eventBusArn();
        String fromBus = queue("from-bus");
        events.putRule(b -> b.eventBusName(bus).name("all-lambda").eventPattern("{\"source\":[\"lambda\"]}"));
        events.putTargets(b -> b.eventBusName(bus).rule("all-lambda").targets(t -> t.id("q").arn(arnOf(fromBus))));

        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).maximumRetryAttempts(0).destinationConfig(d -> d
                .onSuccess(s -> s.destination(busArn)).onFailure(f -> f.destination(topic))));
        invokeEvent(fn, "{\"fail\": true}");
        invokeEvent(fn, "{\"to\": \"bus\"}");

        JsonNode viaTopic = json(nextMessage(fromTopic).body());
        assertThat(viaTopic.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        JsonNode event = json(nextMessage(fromBus).body());
        assertThat(event.path("source").asText()).isEqualTo("lambda");
        assertThat(event.path("detail-type").asText()).isEqualTo("Lambda Function Invocation Result - Success");
        assertThat(event.path("detail").path("requestPayload").path("to").asText()).isEqualTo("bus");
        assertThat(event.path("resources").toString()).contains(":function:" + fn + ":$LATEST");

        String onwards = function("onwards");
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(onwards).destinationConfig(d -> d
                .onSuccess(s -> s.destination(lambda.getFunction(g -> g.functionName(receiver)).configuration()
                        .functionArn()))));
        invokeEvent(onwards, "{\"chain\": 1}");
        List<Map<String, Object>> received = Polling.eventually(() -> attempts(receiver), r -> !r.isEmpty(), WAIT);
        assertThat(received).hasSize(1);
        JsonNode chained = json((String) received.get(0).get("payload"));
        assertThat(chained.path("requestContext").path("condition").asText()).isEqualTo("Success");
        assertThat(chained.path("requestPayload").path("chain").asInt()).isEqualTo(1);
    }

    @Test
    void anAliasUsesItsOwnConfigAndIsNamedInTheRecord() {
        String fn = function("alias");
        lambda.publishVersion(b -> b.functionName(fn));
        lambda.createAlias(b -> b.functionName(fn).name("live").functionVersion("1"));
        String viaAlias = queue("via-alias");
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).qualifier("live").destinationConfig(d -> d
                .onSuccess(s -> s.destination(arnOf(viaAlias)))));

        lambda.invoke(b -> b.functionName(fn).qualifier("live").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));

        JsonNode record = json(nextMessage(viaAlias).body());
        assertThat(record.path("requestContext").path("functionArn").asText()).endsWith(":" + fn + ":live");
        assertThat(record.path("responseContext").path("executedVersion").asText()).isEqualTo("1");
    }

    @Test
    void payloadLimitsAreWordedAsAwsWordsThem() {
        String fn = function("limits");
        String big = "{\"pad\":\"" + "x".repeat(1_048_577) + "\"}";
        assertThatThrownBy(() -> invokeEvent(fn, big)).isInstanceOfSatisfying(LambdaException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(413);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestEntityTooLargeException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(big.length() + " byte payload is too large for "
                    + "the Event invocation type (limit 1048576 bytes)");
        });
        String huge = "{\"pad\":\"" + "x".repeat(6_291_457) + "\"}";
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName(fn).payload(SdkBytes.fromUtf8String(huge))))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(413);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestEntityTooLargeException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
                });
    }
}
