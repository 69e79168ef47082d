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
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SNS subscriptions invoke functions asynchronously with AWS's {@code Records[].Sns} event, in real containers. */
@QuarkusTest
class SnsLambdaTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final ObjectMapper JSON = new ObjectMapper();
    final LambdaClient lambda = Clients.lambda();
    final SnsClient sns = Clients.sns();
    final SqsClient sqs = Clients.sqs();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String function() {
        String name = unique("snsfn");
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    return event\n"))))));
        return name;
    }

    List<Map<String, Object>> snsInvocations(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract()
                .jsonPath().getList("invocations.findAll { it.source == 'aws:sns' }");
    }

    @Test
    void aPublishInvokesTheFunctionWithTheSnsEvent() throws Exception {
        String fn = function();
        String fnArn = lambda.getFunction(b -> b.functionName(fn)).configuration().functionArn();
        String topic = sns.createTopic(b -> b.name(unique("to-lambda"))).topicArn();
        String sub = sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(fnArn)).subscriptionArn();
        assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes())
                .containsEntry("PendingConfirmation", "false");
        String id = sns.publish(b -> b.topicArn(topic).subject("[Subject] Test subject").message("Hello world.")
                .messageAttributes(Map.of("color", MessageAttributeValue.builder().dataType("String")
                        .stringValue("blue").build()))).messageId();

        Polling.until("the function is invoked and finishes", Duration.ofSeconds(60),
                () -> snsInvocations(fn).stream().anyMatch(i -> i.get("response") != null));
        Map<String, Object> invocation = snsInvocations(fn).get(0);
        assertThat(invocation.get("invocationType")).isEqualTo("Event");
        JsonNode event = JSON.readTree((String) invocation.get("payload"));
        JsonNode record = event.get("Records").get(0);
        assertThat(record.get("EventSource").asText()).isEqualTo("aws:sns");
        assertThat(record.get("EventVersion").asText()).isEqualTo("1.0");
        assertThat(record.get("EventSubscriptionArn").asText()).isEqualTo(sub);
        JsonNode s = record.get("Sns");
        assertThat(s.get("Type").asText()).isEqualTo("Notification");
        assertThat(s.get("MessageId").asText()).isEqualTo(id);
        assertThat(s.get("TopicArn").asText()).isEqualTo(topic);
        assertThat(s.get("Subject").asText()).isEqualTo("[Subject] Test subject");
        assertThat(s.get("Message").asText()).isEqualTo("Hello world.");
        assertThat(s.get("SignatureVersion").asText()).isEqualTo("1");
        assertThat(s.has("SigningCertUrl")).isTrue();
        assertThat(s.get("UnsubscribeUrl").asText()).endsWith("SubscriptionArn=" + sub);
        assertThat(s.get("MessageAttributes").get("color").toString())
                .isEqualTo("{\"Type\":\"String\",\"Value\":\"blue\"}");
        assertThat(JSON.readTree((String) invocation.get("response")).get("Records").get(0).get("Sns")
                .get("Message").asText()).as("the function saw the same event").isEqualTo("Hello world.");
    }

    @Test
    void aDeletedFunctionsMessagesGoToTheSubscriptionsDeadLetterQueue() throws Exception {
        String fn = function();
        String fnArn = lambda.getFunction(b -> b.functionName(fn)).configuration().functionArn();
        String topic = sns.createTopic(b -> b.name(unique("lambda-dlq"))).topicArn();
        String dlqUrl = sqs.createQueue(b -> b.queueName(unique("dlq"))).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String sub = sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(fnArn)).subscriptionArn();
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                .attributeValue("{\"deadLetterTargetArn\":\"" + dlqArn + "\"}"));
        lambda.deleteFunction(b -> b.functionName(fn));
        sns.publish(b -> b.topicArn(topic).message("test_redrive_policy"));
        List<Message> dead = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(dlqUrl).waitTimeSeconds(1))
                .messages(), m -> !m.isEmpty(), Duration.ofSeconds(15));
        JsonNode body = JSON.readTree(dead.get(0).body());
        assertThat(body.get("Type").asText()).isEqualTo("Notification");
        assertThat(body.get("Message").asText()).isEqualTo("test_redrive_policy");
        assertThat(body.get("UnsubscribeURL").asText()).endsWith(sub);
    }
}
