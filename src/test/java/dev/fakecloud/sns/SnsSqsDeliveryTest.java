package dev.fakecloud.sns;

import static dev.fakecloud.sns.SnsTopicTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Topics deliver to SQS queues: the envelope or the raw message, attributes, filters, FIFO order, dead letters. */
@QuarkusTest
class SnsSqsDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final SnsClient sns = Clients.sns();
    final SqsClient sqs = Clients.sqs();

    record Queue(String url, String arn) {
    }

    Queue queue(String name, Map<QueueAttributeName, String> attributes) {
        String url = sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(url, arn);
    }

    Queue queue() {
        return queue(unique("q"), Map.of());
    }

    String subscribe(String topic, Queue queue, Map<String, String> attributes) {
        return sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queue.arn()).attributes(attributes))
                .subscriptionArn();
    }

    /** Receives until {@code count} messages arrived (long polls; nothing sleeps). */
    List<Message> receive(Queue queue, int count) {
        List<Message> got = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (got.size() < count && System.nanoTime() < deadline) {
            for (Message m : sqs.receiveMessage(b -> b.queueUrl(queue.url()).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages()) {
                got.add(m);
                sqs.deleteMessage(b -> b.queueUrl(queue.url()).receiptHandle(m.receiptHandle()));
            }
        }
        return got;
    }

    List<Message> nothingArrives(Queue queue) {
        return sqs.receiveMessage(b -> b.queueUrl(queue.url()).waitTimeSeconds(1)).messages();
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    @Test
    void theEnvelopeCarriesAwsMembersAndAttributes() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("env"))).topicArn();
        Queue q = queue();
        String sub = subscribe(topic, q, Map.of());
        String id = sns.publish(b -> b.topicArn(topic).subject("Greetings").message("hello \u00f6\u00a7")
                .messageAttributes(Map.of("attr1", MessageAttributeValue.builder().dataType("Number")
                        .stringValue("99.12").build(), "bin", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromByteArray(new byte[] {2, 3, 4})).build()))).messageId();
        JsonNode body = json(receive(q, 1).get(0).body());
        assertThat(body.get("Type").asText()).isEqualTo("Notification");
        assertThat(body.get("MessageId").asText()).isEqualTo(id);
        assertThat(body.get("TopicArn").asText()).isEqualTo(topic);
        assertThat(body.get("Subject").asText()).isEqualTo("Greetings");
        assertThat(body.get("Message").asText()).isEqualTo("hello \u00f6\u00a7");
        assertThat(body.get("Timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(body.get("SignatureVersion").asText()).isEqualTo("1");
        assertThat(body.get("Signature").asText()).isNotBlank();
        assertThat(body.get("SigningCertURL").asText()).startsWith("http");
        assertThat(body.get("UnsubscribeURL").asText()).endsWith("/?Action=Unsubscribe&SubscriptionArn=" + sub);
        assertThat(body.get("MessageAttributes").get("attr1").toString())
                .isEqualTo("{\"Type\":\"Number\",\"Value\":\"99.12\"}");
        assertThat(body.get("MessageAttributes").get("bin").get("Value").asText()).isEqualTo("AgME");
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp",
                "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes");
    }

    @Test
    void rawDeliveryHandsOverTheBareMessageWithSqsAttributes() {
        String topic = sns.createTopic(b -> b.name(unique("raw"))).topicArn();
        Queue q = queue();
        subscribe(topic, q, Map.of("RawMessageDelivery", "true"));
        sns.publish(b -> b.topicArn(topic).message("Test msg").messageAttributes(Map.of("attr1",
                MessageAttributeValue.builder().dataType("Number").stringValue("99.12").build())));
        Message m = receive(q, 1).get(0);
        assertThat(m.body()).isEqualTo("Test msg");
        assertThat(m.messageAttributes().get("attr1").dataType()).isEqualTo("Number");
        assertThat(m.messageAttributes().get("attr1").stringValue()).isEqualTo("99.12");
        assertThat(m.md5OfMessageAttributes()).isEqualTo("d302007e9aa062660afc85fd0a482472");
    }

    @Test
    void messageStructureJsonGivesEachProtocolItsMessage() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("json"))).topicArn();
        Queue q = queue();
        subscribe(topic, q, Map.of());
        sns.publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\": \"default field\", \"sqs\": \"{\\\"field\\\": \\\"value\\\"}\"}"));
        assertThat(json(receive(q, 1).get(0).body()).get("Message").asText()).isEqualTo("{\"field\": \"value\"}");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"sqs\": \"x\"}")))
                .hasMessageContaining("Invalid parameter: Message Structure - No default entry in JSON message body");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).messageStructure("json").message("{\"a\"")))
                .hasMessageContaining("Invalid parameter: Message Structure - JSON message body failed to parse");
    }

    @Test
    void filterPoliciesOnAttributesAndOnTheBody() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("filter"))).topicArn();
        Queue byAttribute = queue();
        Queue byBody = queue();
        Queue all = queue();
        subscribe(topic, byAttribute, Map.of("FilterPolicy", "{\"attr1\": [{\"numeric\": [\">\", 0, \"<=\", 100]}]}"));
        subscribe(topic, byBody, Map.of("FilterPolicyScope", "MessageBody", "RawMessageDelivery", "true",
                "FilterPolicy", "{\"object\": {\"key\": [{\"prefix\": \"auto-\"}]}}"));
        subscribe(topic, all, Map.of("RawMessageDelivery", "true"));
        sns.publish(b -> b.topicArn(topic).message("{\"object\": {\"key\": \"auto-test\"}}").messageAttributes(
                Map.of("attr1", MessageAttributeValue.builder().dataType("Number").stringValue("111").build())));
        sns.publish(b -> b.topicArn(topic).message("{\"object\": {\"key\": \"home\"}}").messageAttributes(
                Map.of("attr1", MessageAttributeValue.builder().dataType("Number").stringValue("99").build())));
        assertThat(receive(all, 2)).hasSize(2);
        List<Message> attributeMatches = receive(byAttribute, 1);
        assertThat(attributeMatches).hasSize(1);
        assertThat(json(attributeMatches.get(0).body()).get("Message").asText()).contains("home");
        List<Message> bodyMatches = receive(byBody, 1);
        assertThat(bodyMatches).extracting(Message::body).containsExactly("{\"object\": {\"key\": \"auto-test\"}}");
        assertThat(nothingArrives(byAttribute)).isEmpty();
        assertThat(nothingArrives(byBody)).isEmpty();
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queue().arn())
                .attributes(Map.of("FilterPolicy", "{\"key\":[{\"numeric\":[\">\",20,30]}]}"))))
                .hasMessageContaining("Invalid parameter: Attributes Reason: FilterPolicy: Bad value in numeric range: "
                        + "30");
    }

    @Test
    void fifoTopicsDeliverInOrderWithGroupAndDeduplicationIds() {
        String topic = sns.createTopic(b -> b.name(unique("fifo") + ".fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        Queue q = queue(unique("fq") + ".fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        subscribe(topic, q, Map.of("RawMessageDelivery", "true"));
        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            sequence.add(sns.publish(b -> b.topicArn(topic).message("m" + n).messageGroupId("g")).sequenceNumber());
        }
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
        String again = sns.publish(b -> b.topicArn(topic).message("m0").messageGroupId("other")).sequenceNumber();
        assertThat(again).as("a duplicate answers the first publish").isEqualTo(sequence.get(0));
        List<Message> got = receive(q, 20);
        assertThat(got).extracting(Message::body).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "m" + i).toList());
        assertThat(got.get(0).attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID)).isEqualTo("g");
        assertThat(got.get(0).attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID))
                .isEqualTo(PublishService.sha256("m0"));
        assertThat(nothingArrives(q)).isEmpty();
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x")))
                .hasMessageContaining("Invalid parameter: The MessageGroupId parameter is required for FIFO topics");
    }

    @Test
    void publishBatchAnswersPerEntryAndChecksTheBatch() {
        String topic = sns.createTopic(b -> b.name(unique("batch"))).topicArn();
        Queue q = queue();
        subscribe(topic, q, Map.of("RawMessageDelivery", "true"));
        PublishBatchResponse r = sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("1").message("one").build(),
                PublishBatchRequestEntry.builder().id("2").message("").build(),
                PublishBatchRequestEntry.builder().id("3").message("three").subject("S").build()));
        assertThat(r.successful()).extracting(e -> e.id()).containsExactly("1", "3");
        assertThat(r.failed()).hasSize(1);
        assertThat(r.failed().get(0).id()).isEqualTo("2");
        assertThat(r.failed().get(0).code()).isEqualTo("InvalidParameter");
        assertThat(r.failed().get(0).senderFault()).isTrue();
        assertThat(receive(q, 2)).extracting(Message::body).containsExactlyInAnyOrder("one", "three");
        assertThatThrownBy(() -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> PublishBatchRequestEntry.builder()
                        .id("i" + i).message("m").build()).toList())))
                .hasMessageContaining("The batch request contains more entries than permissible.");
        assertThatThrownBy(() -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("a").message("m").build(),
                PublishBatchRequestEntry.builder().id("a").message("m").build())))
                .hasMessageContaining("Two or more batch entries in the request have the same Id.");
        assertThatThrownBy(() -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("message.id").message("m").build())))
                .hasMessageContaining("contains an impermissible character: message.id");
    }

    @Test
    void badMessagesAreRefusedInAwsWords() {
        String topic = sns.createTopic(b -> b.name(unique("bad"))).topicArn();
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("")))
                .hasMessageContaining("Invalid parameter: Empty message");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x".repeat(262_145))))
                .hasMessageContaining("Invalid parameter: Message too long");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x").subject("")))
                .hasMessageContaining("Invalid parameter: Subject");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x").messageAttributes(Map.of("attr1",
                MessageAttributeValue.builder().dataType("String").stringValue("").build()))))
                .hasMessageContaining("The message attribute 'attr1' must contain non-empty message attribute value "
                        + "for message attribute type 'String'.");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x").messageAttributes(Map.of("a^*?",
                MessageAttributeValue.builder().dataType("String").stringValue("1").build()))))
                .hasMessageContaining("Invalid non-alphanumeric character '#x5E' was found in the message attribute "
                        + "name.");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x").messageAttributes(Map.of("attr1",
                MessageAttributeValue.builder().dataType("Stringprefixed").stringValue("1").build()))))
                .hasMessageContaining("has an invalid message attribute type, the set of supported type prefixes is "
                        + "Binary, Number, and String.");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic + "-missing").message("x")))
                .hasMessageContaining("Topic does not exist");
        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message("x").messageDeduplicationId("d")))
                .hasMessageContaining("The request includes MessageDeduplicationId parameter that is not valid for "
                        + "this topic type");
    }

    @Test
    void aMissingQueueSendsTheMessageToTheDeadLetterQueue() throws Exception {
        String topic = sns.createTopic(b -> b.name(unique("dlq"))).topicArn();
        Queue q = queue();
        Queue dlq = queue();
        String sub = subscribe(topic, q, Map.of());
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                .attributeValue("{\"deadLetterTargetArn\": \"" + dlq.arn() + "\"}"));
        sqs.deleteQueue(b -> b.queueUrl(q.url()));
        sns.publish(b -> b.topicArn(topic).message("lost?").messageAttributes(Map.of("attr1",
                MessageAttributeValue.builder().dataType("Number").stringValue("111").build())));
        JsonNode body = json(receive(dlq, 1).get(0).body());
        assertThat(body.get("Message").asText()).isEqualTo("lost?");
        assertThat(body.get("MessageAttributes").get("attr1").get("Value").asText()).isEqualTo("111");
        Polling.until("the failure is counted", Duration.ofSeconds(5), () -> io.restassured.RestAssured
                .get("/_fakecloud/sns/deliveries").then().extract().jsonPath()
                .getList("failures.findAll { it.subscriptionArn == '" + sub + "' && it.deadLettered }").size() == 1);
    }
}
