package dev.fakecloud.sqs;

import static dev.fakecloud.sqs.SqsQueueTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Message bodies SQS refuses, and malformed requests about messages: each gets SQS's own error in the caller's
 * protocol, never a server error.
 */
@QuarkusTest
class SqsMessageContentsTest {

    static final String ALLOWED = "the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | "
            + "[#xE000-#xFFFD] | [#x10000-#x10FFFF].";
    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    private final SqsClient sqs = Clients.sqs();

    private String queue() {
        return sqs.createQueue(r -> r.queueName(unique("contents"))).queueUrl();
    }

    /** Posts a JSON 1.0 body as written, and reads the answer as JSON. */
    private static ValidatableResponse json(String operation, String body) {
        return given().header("Authorization", AUTH).header("X-Amz-Target", "AmazonSQS." + operation)
                .contentType("application/x-amz-json-1.0").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/").then().using().defaultParser(Parser.JSON).and();
    }

    private static RequestSpecification query() {
        return given().header("Authorization", AUTH).contentType("application/x-www-form-urlencoded");
    }

    @Test
    void bodiesWithCharactersOutsideXmlAreInvalidMessageContents() {
        String url = queue();
        Map<String, String> refused = Map.of("\u0000", "#x0", "\u0001", "#x1", "\u001f", "#x1F", "\uffff", "#xFFFF",
                "a\u000bb", "#xB");
        refused.forEach((body, hex) -> assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(url)
                .messageBody("ok " + body)))
                .isInstanceOf(InvalidMessageContentsException.class)
                .satisfies(e -> assertThat(((InvalidMessageContentsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidMessageContents"))
                .satisfies(e -> assertThat(((InvalidMessageContentsException) e).statusCode()).isEqualTo(400))
                .hasMessageStartingWith("Invalid binary character '" + hex + "' was found in the message body, "
                        + ALLOWED));
        assertThat(sqs.sendMessage(b -> b.queueUrl(url).messageBody("tab\tnew\nline\rok \ud83d\ude00 \ufffd"))
                .messageId()).isNotBlank();
    }

    @Test
    void aLoneSurrogateIsRefusedByItsCodeUnit() {
        String url = queue();
        json("SendMessage", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"x \\ud800 y\"}")
                .statusCode(400)
                .header("x-amzn-query-error", equalTo("InvalidMessageContents;Sender"))
                .body("__type", equalTo("com.amazonaws.sqs#InvalidMessageContents"))
                .body("message", equalTo("Invalid binary character '#xD800' was found in the message body, "
                        + ALLOWED));
    }

    @Test
    void aBatchReportsRefusedBodiesPerEntry() {
        String url = queue();
        SendMessageBatchResponse batch = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(
                e -> e.id("good").messageBody("fine"), e -> e.id("bad").messageBody("nul \u0000")));
        assertThat(batch.successful()).extracting(r -> r.id()).containsExactly("good");
        assertThat(batch.failed()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("bad");
            assertThat(f.code()).isEqualTo("InvalidMessageContents");
            assertThat(f.senderFault()).isTrue();
            assertThat(f.message()).isEqualTo("Invalid binary character '#x0' was found in the message body, "
                    + ALLOWED);
        });
    }

    @Test
    void theQueryProtocolRefusesTheSameBodies() {
        String url = queue();
        query().body("Action=SendMessage&QueueUrl=" + url + "&MessageBody=a%1Fb").post("/").then()
                .statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidMessageContents"))
                .body("ErrorResponse.Error.Message", equalTo("Invalid binary character '#x1F' was found in the "
                        + "message body, " + ALLOWED))
                .body("ErrorResponse.RequestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aNullBodyOrNullsInsideListsAndMapsAreSerializationErrors() {
        String url = queue();
        json("SendMessage", "null").statusCode(400)
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body("__type", equalTo("com.amazon.coral.service#SerializationException"));
        json("SendMessage", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"b\",\"MessageAttributes\":"
                + "{\"a\":null}}").statusCode(400)
                .body("__type", equalTo("com.amazon.coral.service#SerializationException"));
        for (String op : new String[] {"SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch"}) {
            json(op, "{\"QueueUrl\":\"" + url + "\",\"Entries\":[null]}").statusCode(400)
                    .header("x-amzn-query-error", equalTo("SerializationException;Sender"))
                    .body("__type", equalTo("com.amazon.coral.service#SerializationException"));
        }
        json("GetQueueAttributes", "{\"QueueUrl\":\"" + url + "\",\"AttributeNames\":[null]}").statusCode(400).body("__type", equalTo("com.amazon.coral.service#SerializationException"));
    }

    @Test
    void aQueryMessageAttributeWithANameAndNoValueHasNoType() {
        String url = queue();
        query().body("Action=SendMessage&QueueUrl=" + url + "&MessageBody=b&MessageAttribute.1.Name=a").post("/")
                .then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidParameterValue"))
                .body("ErrorResponse.Error.Message", equalTo("The message attribute 'a' must contain non-empty "
                        + "message attribute type."));
        query().body("Action=SendMessage&QueueUrl=" + url + "&MessageBody=b&MessageAttribute.1.Name=a"
                + "&MessageAttribute.1.Value.StringValue=v").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidParameterValue"));
    }

    @Test
    void aMalformedEscapeInAQueryBodyGetsAnSqsErrorWithARequestId() {
        query().body("Action=GetQueueUrl&QueueName=%zz").post("/").then().statusCode(400)
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body("ErrorResponse.Error.Code", equalTo("AWS.SimpleQueueService.NonExistentQueue"));
        query().body("Action=SendMessage&MessageBody=b&QueueUrl=%zz").post("/").then().statusCode(400)
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body("ErrorResponse.RequestId", matchesPattern("[0-9a-f-]{36}"));
    }
}
