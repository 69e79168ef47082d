package dev.fakecloud.sqs;

import java.time.Duration;
import dev.fakecloud.support.Polling;
import static dev.fakecloud.sqs.SqsQueueTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Redriving a dead-letter queue with message move tasks. */
@QuarkusTest
class SqsMoveTaskTest {

    private final SqsClient sqs = Clients.sqs();

    private String arn(String url) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
    }

    @Test
    void deadLetteredMessagesGoBackToTheirSource() throws Exception {
        String dlq = sqs.createQueue(r -> r.queueName(unique("dlq"))).queueUrl();
        String src = sqs.createQueue(r -> r.queueName(unique("src")).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + arn(dlq) + "\",\"maxReceiveCount\":1}"))).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(src).messageBody("one"));
        sqs.sendMessage(r -> r.queueUrl(src).messageBody("two"));
        sqs.receiveMessage(r -> r.queueUrl(src).maxNumberOfMessages(10).visibilityTimeout(0));
        assertThat(sqs.receiveMessage(r -> r.queueUrl(src).maxNumberOfMessages(10)).messages()).isEmpty();

        String handle = sqs.startMessageMoveTask(r -> r.sourceArn(arn(dlq))).taskHandle();
        assertThat(handle).isNotBlank();
        ListMessageMoveTasksResultEntry task = Polling.until(Duration.ofSeconds(5),
                () -> sqs.listMessageMoveTasks(r -> r.sourceArn(arn(dlq))).results().get(0),
                t -> t.status().equals("COMPLETED"));
        assertThat(task.status()).isEqualTo("COMPLETED");
        assertThat(task.approximateNumberOfMessagesMoved()).isEqualTo(2L);
        assertThat(task.approximateNumberOfMessagesToMove()).isEqualTo(2L);
        assertThat(task.taskHandle()).isNull();
        List<Message> back = sqs.receiveMessage(r -> r.queueUrl(src).maxNumberOfMessages(10)).messages();
        assertThat(back).extracting(Message::body).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void startNeedsADeadLetterQueueAndAnExistingDestination() {
        String plain = sqs.createQueue(r -> r.queueName(unique("plain"))).queueUrl();
        assertThatThrownBy(() -> sqs.startMessageMoveTask(r -> r.sourceArn(arn(plain))))
                .isInstanceOf(SqsException.class)
                .hasMessageContaining("Source queue must be configured as a Dead Letter Queue.");
        assertThatThrownBy(() -> sqs.startMessageMoveTask(r -> r.sourceArn(arn(plain))
                .destinationArn("arn:aws:sqs:us-east-1:000000000000:" + unique("none"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The resource that you specified for the DestinationArn parameter doesn't exist.")
                .satisfies(e -> assertThat(((SqsException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void cancelRejectsBadHandles() {
        assertThatThrownBy(() -> sqs.cancelMessageMoveTask(r -> r.taskHandle("%%%")))
                .hasMessageContaining("Value for parameter TaskHandle is invalid.");
        String plain = sqs.createQueue(r -> r.queueName(unique("plain"))).queueUrl();
        String handle = java.util.Base64.getEncoder().encodeToString(("{\"taskId\":\"x\",\"sourceArn\":\""
                + arn(plain) + "\"}").getBytes());
        assertThatThrownBy(() -> sqs.cancelMessageMoveTask(r -> r.taskHandle(handle)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Task does not exist.");
    }
}
