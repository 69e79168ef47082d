package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

/**
 * SQS queues and messages survive a restart on the same data directory, seen from outside with the SDK: attributes,
 * tags and policies; message bodies, attributes and digests; receive counts; in-flight messages that come back only
 * when their visibility timeout ends; delayed messages that stay delayed until their time; FIFO order and
 * deduplication; and message move tasks, which go on.
 */
class SqsRestartIT extends OnDataDirectory {

    /** Long enough to outlast a restart on a busy machine, short enough to watch the message come back. */
    static final int HIDDEN_SECONDS = 30;
    static final Map<String, MessageAttributeValue> ATTRIBUTES = Map.of(
            "text", MessageAttributeValue.builder().dataType("String").stringValue("Grüße").build(),
            "n", MessageAttributeValue.builder().dataType("Number").stringValue("42").build(),
            "raw", MessageAttributeValue.builder().dataType("Binary")
                    .binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 254})).build());

    SqsClient start() {
        startServer();
        return Clients.sqs(server.endpoint());
    }

    static Map<String, String> counts(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributesAsStrings();
    }

    static Map<String, String> counts(int visible, int inFlight, int delayed) {
        return Map.of("ApproximateNumberOfMessages", Integer.toString(visible),
                "ApproximateNumberOfMessagesNotVisible", Integer.toString(inFlight),
                "ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
    }

    static List<Message> receive(SqsClient sqs, String url, int max, int wait) {
        return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(max).waitTimeSeconds(wait)
                .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                .messages();
    }

    static String receiveCount(Message m) {
        return m.attributesAsStrings().get("ApproximateReceiveCount");
    }

    @Test
    void killedServerComesBackWithQueuesMessagesAndTheirDeliveryState() {
        SqsClient sqs = start();
        String dlqUrl = sqs.createQueue(b -> b.queueName("orders-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"5\"}";
        String url = sqs.createQueue(b -> b.queueName("orders").tags(Map.of("team", "core"))
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(HIDDEN_SECONDS),
                        QueueAttributeName.MESSAGE_RETENTION_PERIOD, "3600",
                        QueueAttributeName.REDRIVE_POLICY, redrive))).queueUrl();
        sqs.addPermission(b -> b.queueUrl(url).label("billing").awsAccountIds("111122223333").actions("SendMessage"));
        SendMessageResponse first = sqs.sendMessage(b -> b.queueUrl(url).messageBody("first")
                .messageAttributes(ATTRIBUTES));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("second"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("third"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("later").delaySeconds(HIDDEN_SECONDS));
        Message inFlight = receive(sqs, url, 1, 0).get(0);
        long hiddenUntil = System.currentTimeMillis() + HIDDEN_SECONDS * 1000L;
        assertThat(inFlight.body()).isEqualTo("first");
        Message returned = sqs.receiveMessage(b -> b.queueUrl(url).visibilityTimeout(0)).messages().get(0);
        assertThat(returned.body()).isEqualTo("second");

        String fifoUrl = sqs.createQueue(b -> b.queueName("steps.fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.VISIBILITY_TIMEOUT,
                Integer.toString(HIDDEN_SECONDS)))).queueUrl();
        List<SendMessageResponse> steps = List.of("g1", "g2", "g3", "h1").stream().map(body -> sqs.sendMessage(b -> b
                .queueUrl(fifoUrl).messageBody(body).messageGroupId(body.substring(0, 1)).messageDeduplicationId(body)))
                .toList();
        assertThat(receive(sqs, fifoUrl, 1, 0)).extracting(Message::body).containsExactly("g1");
        Map<String, String> attributesBefore = sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
        server.kill();

        SqsClient again = start();
        // a restart slower than the visibility timeout cannot show the message hidden; everything else still holds
        boolean stillHidden = System.currentTimeMillis() < hiddenUntil - 3000;
        Map<String, String> attributesAfter = again.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
        assertThat(attributesAfter).containsAllEntriesOf(Map.of("VisibilityTimeout", Integer.toString(HIDDEN_SECONDS),
                "MessageRetentionPeriod", "3600", "RedrivePolicy", redrive,
                "Policy", attributesBefore.get("Policy"), "CreatedTimestamp", attributesBefore.get("CreatedTimestamp")));
        assertThat(again.listQueueTags(b -> b.queueUrl(url)).tags()).isEqualTo(Map.of("team", "core"));
        assertThat(again.listQueues().queueUrls()).hasSize(3);
        if (stillHidden) {
            assertThat(counts(again, url)).isEqualTo(counts(2, 1, 1));
            assertThat(counts(again, fifoUrl)).isEqualTo(counts(3, 1, 0));
        }

        if (stillHidden) {
            List<Message> visible = receive(again, url, 10, 0);
            assertThat(visible).extracting(Message::body).containsExactly("second", "third");
            assertThat(visible).extracting(SqsRestartIT::receiveCount).containsExactly("2", "1");
            assertThat(receive(again, fifoUrl, 10, 0)).as("g is blocked while g1 is in flight")
                    .extracting(Message::body).containsExactly("h1");
        }
        SendMessageResponse duplicate = again.sendMessage(b -> b.queueUrl(fifoUrl).messageBody("g2")
                .messageGroupId("g").messageDeduplicationId("g2"));
        assertThat(duplicate.messageId()).isEqualTo(steps.get(1).messageId());
        assertThat(duplicate.sequenceNumber()).isEqualTo(steps.get(1).sequenceNumber());
        SendMessageResponse g4 = again.sendMessage(b -> b.queueUrl(fifoUrl).messageBody("g4").messageGroupId("g")
                .messageDeduplicationId("g4"));
        assertThat(g4.sequenceNumber()).isGreaterThan(steps.get(3).sequenceNumber());

        Map<String, Message> back = new HashMap<>();
        Map<String, Long> seenAt = new HashMap<>();
        Polling.until("the in-flight and the delayed message come back", Duration.ofSeconds(HIDDEN_SECONDS + 15),
                () -> {
                    for (Message m : receive(again, url, 10, 2)) {
                        back.putIfAbsent(m.body(), m);
                        seenAt.putIfAbsent(m.body(), System.currentTimeMillis());
                    }
                    return back.containsKey("first") && back.containsKey("later");
                });
        assertThat(seenAt.get("first")).as("not before its visibility timeout").isGreaterThan(hiddenUntil - 500);
        Message first2 = back.get("first");
        assertThat(first2.messageId()).isEqualTo(first.messageId());
        assertThat(receiveCount(first2)).isEqualTo("2");
        assertThat(first2.messageAttributes()).isEqualTo(ATTRIBUTES);
        assertThat(first2.md5OfBody()).isEqualTo(first.md5OfMessageBody());
        assertThat(first2.md5OfMessageAttributes()).isEqualTo(first.md5OfMessageAttributes());
        assertThat(receiveCount(back.get("later"))).isEqualTo("1");
        assertThat(Polling.eventually(() -> receive(again, fifoUrl, 10, 5), m -> m.size() >= 4,
                Duration.ofSeconds(10))).extracting(Message::body).startsWith("g1", "g2", "g3", "g4");
    }

    @Test
    void aStoppedServerKeepsMessagesAndAMoveTaskGoesOnAfterAKill() {
        SqsClient sqs = start();
        String dlqUrl = sqs.createQueue(b -> b.queueName("parked")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
        String url = sqs.createQueue(b -> b.queueName("jobs").attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}"))).queueUrl();
        String gone = sqs.createQueue(b -> b.queueName("gone")).queueUrl();
        sqs.sendMessage(b -> b.queueUrl(gone).messageBody("never again"));
        sqs.deleteQueue(b -> b.queueUrl(gone));
        for (int i = 0; i < 4; i++) {
            int n = i;
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("job " + n));
        }
        sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(0));
        assertThat(receive(sqs, url, 10, 0)).as("over the limit: dead-lettered").isEmpty();
        assertThat(server.stop()).as("exit code after SIGTERM").isIn(0, 143);

        SqsClient again = start();
        assertThat(again.listQueues().queueUrls()).hasSize(2);
        assertThat(counts(again, dlqUrl)).isEqualTo(counts(4, 0, 0));
        again.startMessageMoveTask(b -> b.sourceArn(dlqArn).maxNumberOfMessagesPerSecond(1));
        Polling.until("the task moved a message", Duration.ofSeconds(10),
                () -> again.listMessageMoveTasks(b -> b.sourceArn(dlqArn)).results().get(0)
                        .approximateNumberOfMessagesMoved() >= 1);
        server.kill();

        SqsClient third = start();
        Polling.until("the task completes after the restart", Duration.ofSeconds(20),
                () -> "COMPLETED".equals(third.listMessageMoveTasks(b -> b.sourceArn(dlqArn)).results().get(0)
                        .status()));
        assertThat(counts(third, dlqUrl)).isEqualTo(counts(0, 0, 0));
        assertThat(receive(third, url, 10, 0)).extracting(Message::body)
                .containsExactlyInAnyOrder("job 0", "job 1", "job 2", "job 3");
    }
}
