package dev.fakecloud.sqs;

import static dev.fakecloud.sqs.SqsQueueTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

/** Sending, receiving, visibility, deletes and batches through the AWS SDK v2, which verifies every MD5. */
@QuarkusTest
class SqsMessagingTest {

    private final SqsClient sqs = Clients.sqs();

    @jakarta.inject.Inject
    LongPolls longPolls;

    private String queue(Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(r -> r.queueName(unique("msgs")).attributes(attributes)).queueUrl();
    }

    @Test
    void sendAndReceiveWithAttributesOfEveryTypeAndSystemAttributes() {
        String url = queue(Map.of());
        Map<String, MessageAttributeValue> attrs = Map.of(
                "s", MessageAttributeValue.builder().dataType("String").stringValue("Bär").build(),
                "n", MessageAttributeValue.builder().dataType("Number.int").stringValue("42").build(),
                "b", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 255})).build());
        SendMessageResponse sent = sqs.sendMessage(r -> r.queueUrl(url).messageBody("hello").messageAttributes(attrs));
        assertThat(sent.md5OfMessageBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(sent.md5OfMessageAttributes()).hasSize(32);
        long before = System.currentTimeMillis();
        List<Message> got = sqs.receiveMessage(r -> r.queueUrl(url).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertThat(got).hasSize(1);
        Message m = got.get(0);
        assertThat(m.body()).isEqualTo("hello");
        assertThat(m.messageId()).isEqualTo(sent.messageId());
        assertThat(m.md5OfMessageAttributes()).isEqualTo(sent.md5OfMessageAttributes());
        assertThat(m.messageAttributes()).isEqualTo(attrs);
        assertThat(m.attributesAsStrings()).containsEntry("ApproximateReceiveCount", "1")
                .containsEntry("SenderId", "000000000000").containsKeys("SentTimestamp");
        assertThat(Long.parseLong(m.attributesAsStrings().get("ApproximateFirstReceiveTimestamp")))
                .isGreaterThanOrEqualTo(before - 1000);
    }

    @Test
    void knownAttributeDigestMatchesAws() {
        String url = queue(Map.of());
        SendMessageResponse sent = sqs.sendMessage(r -> r.queueUrl(url).messageBody("msg").messageAttributes(Map.of(
                "Foo", MessageAttributeValue.builder().dataType("String").stringValue("Bar").build())));
        assertThat(sent.md5OfMessageAttributes()).isEqualTo("ae7155c6026991b6d54b11589678bf9c");
    }

    @Test
    void onlyRequestedAttributesAreReturned() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageAttributes(Map.of(
                "keep.me", MessageAttributeValue.builder().dataType("String").stringValue("1").build(),
                "other", MessageAttributeValue.builder().dataType("String").stringValue("2").build())));
        Message m = sqs.receiveMessage(r -> r.queueUrl(url).messageAttributeNames("keep.*")
                .messageSystemAttributeNames(MessageSystemAttributeName.SENDER_ID)).messages().get(0);
        assertThat(m.messageAttributes()).containsOnlyKeys("keep.me");
        assertThat(m.attributesAsStrings()).containsOnlyKeys("SenderId");
    }

    @Test
    void visibilityTimeoutHidesAndChangeVisibilityRevealsAndCountsGrow() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("v"));
        Message first = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(30)).messages().get(0);
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings()).containsEntry("ApproximateNumberOfMessagesNotVisible", "1")
                .containsEntry("ApproximateNumberOfMessages", "0");
        sqs.changeMessageVisibility(r -> r.queueUrl(url).receiptHandle(first.receiptHandle()).visibilityTimeout(0));
        Message again = sqs.receiveMessage(r -> r.queueUrl(url).messageSystemAttributeNames(
                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
        assertThat(again.attributesAsStrings()).containsEntry("ApproximateReceiveCount", "2");
        assertThat(again.receiptHandle()).isNotEqualTo(first.receiptHandle());
        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(again.receiptHandle()));
        assertThatThrownBy(() -> sqs.changeMessageVisibility(r -> r.queueUrl(url)
                .receiptHandle(again.receiptHandle()).visibilityTimeout(0)))
                .hasMessageContaining("Reason: Message does not exist or is not available for visibility timeout change.");
    }

    @Test
    void changeVisibilityOfDeletedMessageFailsWhenNotInFlight() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("v"));
        Message m = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);
        sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0));
        assertThatThrownBy(() -> sqs.changeMessageVisibility(r -> r.queueUrl(url).receiptHandle(m.receiptHandle())
                .visibilityTimeout(10))).isInstanceOf(SqsException.class)
                .hasMessageContaining("is not available for visibility timeout change.");
    }

    @Test
    void delaySecondsDelaysDelivery() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("later").delaySeconds(1));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessagesDelayed", "1");
        long start = System.currentTimeMillis();
        List<Message> got = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(5)).messages();
        assertThat(got).extracting(Message::body).containsExactly("later");
        assertThat(System.currentTimeMillis() - start).isLessThan(3000);
    }

    @Test
    void longPollIsAnsweredBySendWithoutWaitingOut() throws Exception {
        String url = queue(Map.of());
        long start = System.currentTimeMillis();
        CompletableFuture<List<Message>> parked = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> parked.complete(
                Clients.sqs().receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(10)).messages()));
        Polling.until(Duration.ofSeconds(5), () -> longPolls.parkedOn(url), n -> n == 1);
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("wake"));
        assertThat(parked.get(5, TimeUnit.SECONDS)).extracting(Message::body).containsExactly("wake");
        assertThat(System.currentTimeMillis() - start).isLessThan(5000);
    }

    @Test
    void eachParkedReceiverGetsItsOwnMessage() throws Exception {
        String url = queue(Map.of());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<CompletableFuture<List<Message>>> parked = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> Clients.sqs().receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(10)).messages(),
                        threads))
                .toList();
        threads.shutdown();
        Polling.until(Duration.ofSeconds(5), () -> longPolls.parkedOn(url), n -> n == 3);
        for (int i = 0; i < 3; i++) {
            int n = i;
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("m" + n));
        }
        List<String> bodies = new java.util.ArrayList<>();
        for (CompletableFuture<List<Message>> f : parked) {
            f.get(5, TimeUnit.SECONDS).forEach(m -> bodies.add(m.body()));
        }
        assertThat(bodies).containsExactlyInAnyOrder("m0", "m1", "m2");
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "3");
    }

    @Test
    void longPollWithNothingAnswersEmptyAfterTheWait() {
        String url = queue(Map.of());
        long start = System.currentTimeMillis();
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)).messages()).isEmpty();
        assertThat(System.currentTimeMillis() - start).isBetween(900L, 3000L);
    }

    @Test
    void receiveParameterLimits() {
        String url = queue(Map.of());
        assertThatThrownBy(() -> sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(11)))
                .isInstanceOf(SqsException.class)
                .satisfies(e -> assertThat(((SqsException) e).awsErrorDetails().errorMessage()).isEqualTo(
                        "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided."));
        assertThatThrownBy(() -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(21)))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.");
    }

    @Test
    void messageSizeLimitFollowsTheQueue() {
        String url = queue(Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024"));
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("a".repeat(1025))))
                .isInstanceOf(SqsException.class)
                .satisfies(e -> {
                    SqsException s = (SqsException) e;
                    assertThat(s.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                    assertThat(s.awsErrorDetails().errorMessage()).isEqualTo(
                            "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.");
                });
        String big = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(big).messageBody("a".repeat(1_048_576)));
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(big).messageBody("a".repeat(1_048_577))))
                .hasMessageContaining("Message must be shorter than 1048576 bytes.");
    }

    @Test
    void emptyBodyIsMissingParameter() {
        String url = queue(Map.of());
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("")))
                .isInstanceOf(SqsException.class)
                .satisfies(e -> assertThat(((SqsException) e).awsErrorDetails().errorCode()).isEqualTo("MissingParameter"))
                .hasMessageContaining("The request must contain the parameter MessageBody.");
    }

    @Test
    void malformedReceiptHandleIsRejected() {
        String url = queue(Map.of());
        assertThatThrownBy(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle("garbage")))
                .isInstanceOf(ReceiptHandleIsInvalidException.class)
                .hasMessageContaining("The input receipt handle \"garbage\" is not a valid receipt handle.");
    }

    @Test
    void batchesReportPerEntryResults() {
        String url = queue(Map.of());
        SendMessageBatchResponse sent = sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("one").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("two").messageAttributes(Map.of("k",
                        MessageAttributeValue.builder().dataType("String").stringValue("v").build())).build(),
                SendMessageBatchRequestEntry.builder().id("c").messageBody("three").delaySeconds(901).build()));
        assertThat(sent.successful()).extracting(e -> e.id()).containsExactly("a", "b");
        assertThat(sent.failed()).hasSize(1);
        assertThat(sent.failed().get(0).id()).isEqualTo("c");
        assertThat(sent.failed().get(0).code()).isEqualTo("InvalidParameterValue");
        assertThat(sent.failed().get(0).senderFault()).isTrue();
        List<Message> got = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertThat(got).extracting(Message::body).containsExactlyInAnyOrder("one", "two");
        DeleteMessageBatchResponse deleted = sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("x").receiptHandle(got.get(0).receiptHandle()),
                e -> e.id("y").receiptHandle("not-a-handle")));
        assertThat(deleted.successful()).extracting(e -> e.id()).containsExactly("x");
        assertThat(deleted.failed()).extracting(e -> e.code()).containsExactly("ReceiptHandleIsInvalid");
        assertThat(sqs.changeMessageVisibilityBatch(r -> r.queueUrl(url).entries(
                e -> e.id("z").receiptHandle(got.get(1).receiptHandle()).visibilityTimeout(0))).successful())
                .hasSize(1);
    }

    @Test
    void batchLimits() {
        String url = queue(Map.of());
        List<SendMessageBatchRequestEntry> many = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("m").build()).toList();
        assertThatThrownBy(() -> sqs.sendMessageBatch(r -> r.queueUrl(url).entries(many)))
                .isInstanceOf(TooManyEntriesInBatchRequestException.class)
                .hasMessageContaining("Maximum number of entries per request are 10. You have sent 11.");
        assertThatThrownBy(() -> sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("same").messageBody("1").build(),
                SendMessageBatchRequestEntry.builder().id("same").messageBody("2").build())))
                .isInstanceOf(BatchEntryIdsNotDistinctException.class);
        assertThatThrownBy(() -> sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("invalid:id").receiptHandle("h"))))
                .hasMessageContaining("A batch entry id can only contain alphanumeric characters");
    }

    @Test
    void batchesLargerThanOneMebibyteInTotalAreRejected() {
        String url = queue(Map.of());
        assertThatThrownBy(() -> sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("a".repeat(524_288)).build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("b".repeat(524_289)).build())))
                .isInstanceOf(software.amazon.awssdk.services.sqs.model.BatchRequestTooLongException.class)
                .hasMessageContaining("Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.");
    }

    @Test
    void standardQueueAcceptsDeleteAfterTheVisibilityTimeout() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("late"));
        Message m = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);
        sqs.changeMessageVisibility(r -> r.queueUrl(url).receiptHandle(m.receiptHandle()).visibilityTimeout(0));
        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle()));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
    }

    @Test
    void purgeEmptiesAndRefusesASecondPurgeWithinAMinute() {
        String url = queue(Map.of());
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("p"));
        sqs.purgeQueue(r -> r.queueUrl(url));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
        assertThatThrownBy(() -> sqs.purgeQueue(r -> r.queueUrl(url)))
                .isInstanceOf(SqsException.class)
                .satisfies(e -> assertThat(((SqsException) e).statusCode()).isEqualTo(403))
                .hasMessageContaining("Only one PurgeQueue operation on " + url.substring(url.lastIndexOf('/') + 1)
                        + " is allowed every 60 seconds.");
    }
}
