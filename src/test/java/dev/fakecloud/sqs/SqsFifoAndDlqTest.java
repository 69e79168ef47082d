package dev.fakecloud.sqs;

import static dev.fakecloud.sqs.SqsQueueTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** FIFO ordering and deduplication, dead-letter queues, and the arrival hook for event source mappings. */
@QuarkusTest
class SqsFifoAndDlqTest {

    private final SqsClient sqs = Clients.sqs();

    @Inject
    SqsService service;

    private String fifo(boolean contentBased) {
        return sqs.createQueue(r -> r.queueName(unique("f") + ".fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, Boolean.toString(contentBased)))).queueUrl();
    }

    private String arn(String url) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
    }

    @Test
    void fifoKeepsGroupOrderAndBlocksAGroupWhileInFlight() {
        String url = fifo(true);
        for (String body : List.of("a1", "a2", "b1")) {
            sqs.sendMessage(r -> r.queueUrl(url).messageBody(body).messageGroupId(body.substring(0, 1)));
        }
        List<Message> first = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertThat(first).extracting(Message::body).containsExactly("a1");
        assertThat(first.get(0).attributesAsStrings()).containsEntry("MessageGroupId", "a")
                .containsKeys("SequenceNumber", "MessageDeduplicationId");
        List<Message> next = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertThat(next).extracting(Message::body).containsExactly("b1");
        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(first.get(0).receiptHandle()));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages())
                .extracting(Message::body).containsExactly("a2");
    }

    @Test
    void fifoDeduplicatesByIdAndByContent() {
        String byId = fifo(false);
        SendMessageResponse one = sqs.sendMessage(r -> r.queueUrl(byId).messageBody("x").messageGroupId("g")
                .messageDeduplicationId("d1"));
        assertThat(one.sequenceNumber()).isNotBlank();
        SendMessageResponse duplicate = sqs.sendMessage(r -> r.queueUrl(byId).messageBody("y").messageGroupId("g")
                .messageDeduplicationId("d1"));
        assertThat(duplicate.messageId()).isEqualTo(one.messageId());
        assertThat(duplicate.sequenceNumber()).isEqualTo(one.sequenceNumber());
        SendMessageResponse two = sqs.sendMessage(r -> r.queueUrl(byId).messageBody("z").messageGroupId("h")
                .messageDeduplicationId("d2"));
        assertThat(two.sequenceNumber()).hasSize(20).isGreaterThan(one.sequenceNumber());
        assertThat(sqs.receiveMessage(r -> r.queueUrl(byId).maxNumberOfMessages(10)).messages())
                .extracting(Message::body).containsExactly("x", "z");

        String byContent = fifo(true);
        sqs.sendMessage(r -> r.queueUrl(byContent).messageBody("same").messageGroupId("g"));
        sqs.sendMessage(r -> r.queueUrl(byContent).messageBody("same").messageGroupId("g"));
        sqs.sendMessage(r -> r.queueUrl(byContent).messageBody("other").messageGroupId("g"));
        List<Message> got = sqs.receiveMessage(r -> r.queueUrl(byContent).maxNumberOfMessages(10)).messages();
        assertThat(got).extracting(Message::body).containsExactly("same", "other");
    }

    @Test
    void fifoRefusesDeletesWithAnExpiredHandle() {
        String url = fifo(true);
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("foobar").messageGroupId("g"));
        Message m = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);
        assertThatThrownBy(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle())))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("Value " + m.receiptHandle()
                        + " for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.");
    }

    @Test
    void fifoSendRulesAreAwsErrors() {
        String url = fifo(false);
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageDeduplicationId("d")))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("The request must contain the parameter MessageGroupId.");
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageGroupId("g")))
                .hasMessageContaining("The queue should either have ContentBasedDeduplication enabled or "
                        + "MessageDeduplicationId provided explicitly");
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageGroupId("g")
                .messageDeduplicationId("d").delaySeconds(2)))
                .hasMessageContaining("Value 2 for parameter DelaySeconds is invalid. Reason: The request include "
                        + "parameter that is not valid for this queue type.");
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageGroupId("group 123")
                .messageDeduplicationId("d")))
                .hasMessageContaining("Value group 123 for parameter MessageGroupId is invalid.");
    }

    @Test
    void traceHeaderTravelsAsASystemAttribute() {
        String url = sqs.createQueue(r -> r.queueName(unique("trace"))).queueUrl();
        String header = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        SendMessageResponse sent = sqs.sendMessage(r -> r.queueUrl(url).messageBody("t").messageSystemAttributesWithStrings(
                Map.of("AWSTraceHeader", software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue.builder()
                        .dataType("String").stringValue(header).build())));
        assertThat(sent.md5OfMessageSystemAttributes()).hasSize(32);
        Message m = sqs.receiveMessage(r -> r.queueUrl(url).messageSystemAttributeNames(
                MessageSystemAttributeName.AWS_TRACE_HEADER)).messages().get(0);
        assertThat(m.attributesAsStrings()).isEqualTo(Map.of("AWSTraceHeader", header));
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("t").messageSystemAttributesWithStrings(
                Map.of("Other", software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue.builder()
                        .dataType("String").stringValue("x").build()))))
                .isInstanceOf(SqsException.class);
    }

    @Test
    void messagesMoveToTheDeadLetterQueueAfterMaxReceiveCount() {
        String dlq = sqs.createQueue(r -> r.queueName(unique("dlq"))).queueUrl();
        String dlqArn = arn(dlq);
        String src = sqs.createQueue(r -> r.queueName(unique("src"))).queueUrl();
        sqs.setQueueAttributes(r -> r.queueUrl(src).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}")));
        sqs.sendMessage(r -> r.queueUrl(src).messageBody("poison"));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(src).visibilityTimeout(0)).messages()).hasSize(1);
        assertThat(sqs.receiveMessage(r -> r.queueUrl(src)).messages()).isEmpty();
        List<Message> dead = sqs.receiveMessage(r -> r.queueUrl(dlq)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertThat(dead).extracting(Message::body).containsExactly("poison");
        assertThat(dead.get(0).attributesAsStrings()).containsEntry("ApproximateReceiveCount", "2")
                .containsEntry("DeadLetterQueueSourceArn", arn(src));
        assertThat(sqs.listDeadLetterSourceQueues(r -> r.queueUrl(dlq)).queueUrls()).containsExactly(src);
    }

    @Test
    void redrivePolicyToAMissingQueueIsRejected() {
        String src = sqs.createQueue(r -> r.queueName(unique("src"))).queueUrl();
        assertThatThrownBy(() -> sqs.setQueueAttributes(r -> r.queueUrl(src).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:none\",\"maxReceiveCount\":3}"))))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("Dead letter target does not exist.");
    }

    @Test
    void listenersHearOfArrivalsUntilClosed() {
        String url = sqs.createQueue(r -> r.queueName(unique("hook"))).queueUrl();
        AtomicInteger calls = new AtomicInteger();
        SqsService.Subscription subscription = service.onMessageAvailable(arn(url), calls::incrementAndGet);
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("1"));
        assertThat(calls.get()).isEqualTo(1);
        subscription.close();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("2"));
        assertThat(calls.get()).isEqualTo(1);
        assertThat(service.onMessageAvailable("arn:aws:sqs:us-east-1:000000000000:" + unique("none"), () -> {
        })).isNull();
    }

    @Test
    void listenersHearWhenAnInFlightMessageBecomesVisibleAgain() throws Exception {
        String url = sqs.createQueue(r -> r.queueName(unique("again"))).queueUrl();
        java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(2);
        try (SqsService.Subscription s = service.onMessageAvailable(arn(url), heard::countDown)) {
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("retry me"));
            assertThat(sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(1)).messages()).hasSize(1);
            assertThat(heard.getCount()).isEqualTo(1);
            assertThat(heard.await(3, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void consumersInsideFakecloudReceiveAndDeleteByArn() {
        String url = sqs.createQueue(r -> r.queueName(unique("esm"))).queueUrl();
        String arn = arn(url);
        assertThat(service.exists(arn)).isTrue();
        assertThat(service.receive(arn, 10)).isEmpty();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("{\"status\":\"paid\"}"));
        List<dev.fakecloud.sqs.model.SqsShapes.Message> got = service.receive(arn, 10);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).attributes()).containsEntry("ApproximateReceiveCount", "1")
                .containsKeys("SentTimestamp", "SenderId", "ApproximateFirstReceiveTimestamp");
        assertThat(service.nextVisibleAt(arn)).isGreaterThan(System.currentTimeMillis());
        service.delete(arn, got.get(0).receiptHandle());
        assertThat(service.nextVisibleAt(arn)).isEqualTo(-1);
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings()).containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }

    @Test
    void permissionsEditThePolicyAttribute() {
        String url = sqs.createQueue(r -> r.queueName(unique("perm"))).queueUrl();
        sqs.addPermission(r -> r.queueUrl(url).label("l1").awsAccountIds("111122223333").actions("SendMessage"));
        String policy = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                .attributesAsStrings().get("Policy");
        assertThat(policy).contains("\"Sid\":\"l1\"").contains("arn:aws:iam::111122223333:root")
                .contains("SQS:SendMessage");
        assertThatThrownBy(() -> sqs.addPermission(r -> r.queueUrl(url).label("l1").awsAccountIds("1")
                .actions("SendMessage"))).hasMessageContaining("Value l1 for parameter Label is invalid. Reason: Already exists.");
        sqs.removePermission(r -> r.queueUrl(url).label("l1"));
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                .attributesAsStrings()).doesNotContainKey("Policy");
        assertThatThrownBy(() -> sqs.removePermission(r -> r.queueUrl(url).label("l1")))
                .hasMessageContaining("Value l1 for parameter Label is invalid. Reason: can't find label.");
    }
}
