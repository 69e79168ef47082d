package dev.fakecloud.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Every operation the AWS SDK's clients offer for the JSON and Query services is routed: called with an empty
 * request, each gets a modelled answer (a result or an AWS error), never "unknown operation" and never a server
 * error.
 */
@QuarkusTest
class EveryOperationRoutedTest {

    /** A JSON service: its SDK client, target prefix, JSON version and signing name. */
    record JsonService(Class<?> client, String targetPrefix, String jsonVersion, String signingName) {
    }

    static List<Arguments> jsonServices() {
        return List.of(
                Arguments.of(new JsonService(KinesisClient.class, "Kinesis_20131202", "1.1", "kinesis")),
                Arguments.of(new JsonService(DynamoDbClient.class, "DynamoDB_20120810", "1.0", "dynamodb")),
                Arguments.of(new JsonService(DynamoDbStreamsClient.class, "DynamoDBStreams_20120810", "1.0",
                        "dynamodb")),
                Arguments.of(new JsonService(EventBridgeClient.class, "AWSEvents", "1.1", "events")),
                Arguments.of(new JsonService(SqsClient.class, "AmazonSQS", "1.0", "sqs")));
    }

    /** The operations of a client: its methods that take one request object, named after it. */
    static TreeSet<String> operations(Class<?> client) {
        TreeSet<String> ops = new TreeSet<>();
        for (Method m : client.getMethods()) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    && !m.getParameterTypes()[0].isInterface()) {
                String request = m.getParameterTypes()[0].getSimpleName();
                ops.add(request.substring(0, request.length() - "Request".length()));
            }
        }
        return ops;
    }

    /**
     * Operations the SDK gained after the API versions fakecloud serves (Kinesis stream channels and record
     * distribution, DynamoDB vector search): not served, they answer UnknownOperationException as AWS does for an
     * operation it does not know.
     */
    static final java.util.Set<String> NEWER_THAN_SERVED = java.util.Set.of("CreateChannel", "DeleteChannel",
            "DescribeChannel", "ListChannels", "UpdateChannel", "UpdateStreamRecordDistributionStrategy",
            "SearchVectors");

    static String authorization(String signingName) {
        return "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/" + signingName
                + "/aws4_request, SignedHeaders=host, Signature=0";
    }

    @ParameterizedTest
    @MethodSource("jsonServices")
    void everyJsonOperationIsRouted(JsonService service) {
        TreeSet<String> ops = operations(service.client());
        ops.removeAll(NEWER_THAN_SERVED);
        assertThat(ops).hasSizeGreaterThan(3);
        List<String> unrouted = new ArrayList<>();
        for (String op : ops) {
            Response r = given().header("Authorization", authorization(service.signingName()))
                    .header("X-Amz-Target", service.targetPrefix() + "." + op)
                    .header("Content-Type", "application/x-amz-json-" + service.jsonVersion())
                    .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/");
            check(op, r, unrouted);
        }
        assertThat(unrouted).as(service.client().getSimpleName()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everySnsOperationIsRouted() {
        TreeSet<String> ops = operations(SnsClient.class);
        assertThat(ops).hasSizeGreaterThan(30);
        List<String> unrouted = new ArrayList<>();
        for (String sdkName : ops) {
            String op = sdkName.replace("Sms", "SMS"); // the SDK's class names spell SMS as a word
            Response r = given().header("Authorization", authorization("sns"))
                    .contentType("application/x-www-form-urlencoded; charset=utf-8")
                    .body("Action=" + op + "&Version=2010-03-31").post("/");
            check(op, r, unrouted);
        }
        assertThat(unrouted).isEmpty();
    }

    private static void check(String op, Response r, List<String> unrouted) {
        String body = r.asString();
        if (r.statusCode() >= 500 || body.contains("UnknownOperation") || body.contains("InvalidAction")
                || body.contains("NotImplemented")) {
            unrouted.add(op + " -> " + r.statusCode() + " " + body.substring(0, Math.min(120, body.length())));
        }
    }
}
