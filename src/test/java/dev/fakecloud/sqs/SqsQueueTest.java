package dev.fakecloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Queue lifecycle, attributes and tags through the AWS SDK v2 (JSON protocol). */
@QuarkusTest
class SqsQueueTest {

    private final SqsClient sqs = Clients.sqs();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createIsIdempotentAndUrlsNameHostAccountAndQueue() {
        String name = unique("orders");
        String url = sqs.createQueue(r -> r.queueName(name).attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "5")))
                .queueUrl();
        assertThat(url).isEqualTo(Clients.endpoint() + "/000000000000/" + name);
        assertThat(sqs.createQueue(r -> r.queueName(name).attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "5")))
                .queueUrl()).isEqualTo(url);
        assertThat(sqs.getQueueUrl(r -> r.queueName(name)).queueUrl()).isEqualTo(url);
    }

    @Test
    void createWithConflictingAttributesIsQueueAlreadyExists() {
        String name = unique("conflict");
        sqs.createQueue(r -> r.queueName(name));
        assertThatThrownBy(() -> sqs.createQueue(r -> r.queueName(name)
                .attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "2"))))
                .isInstanceOf(QueueNameExistsException.class)
                .satisfies(e -> {
                    SqsException s = (SqsException) e;
                    assertThat(s.statusCode()).isEqualTo(400);
                    assertThat(s.awsErrorDetails().errorCode()).isEqualTo("QueueAlreadyExists");
                    assertThat(s.awsErrorDetails().errorMessage()).isEqualTo(
                            "A queue already exists with the same name and a different value for attribute DelaySeconds");
                });
    }

    @Test
    void missingQueueIsQueueDoesNotExist() {
        assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName(unique("nope"))))
                .isInstanceOf(QueueDoesNotExistException.class)
                .satisfies(e -> {
                    SqsException s = (SqsException) e;
                    assertThat(s.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
                    assertThat(s.awsErrorDetails().errorMessage()).isEqualTo("The specified queue does not exist.");
                });
        assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(Clients.endpoint() + "/000000000000/" + unique("x"))
                .messageBody("hi"))).isInstanceOf(QueueDoesNotExistException.class);
    }

    @Test
    void attributesDefaultsAllAndNamed() {
        String url = sqs.createQueue(r -> r.queueName(unique("attrs"))).queueUrl();
        Map<String, String> all = sqs.getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
        assertThat(all).containsEntry("DelaySeconds", "0").containsEntry("MaximumMessageSize", "1048576")
                .containsEntry("MessageRetentionPeriod", "345600").containsEntry("VisibilityTimeout", "30")
                .containsEntry("ReceiveMessageWaitTimeSeconds", "0").containsEntry("SqsManagedSseEnabled", "true")
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsKeys("CreatedTimestamp", "LastModifiedTimestamp")
                .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:" + url.substring(url.lastIndexOf('/') + 1));
        sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "69",
                QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "2048")));
        Map<String, String> named = sqs.getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.MAXIMUM_MESSAGE_SIZE))
                .attributesAsStrings();
        assertThat(named).isEqualTo(Map.of("VisibilityTimeout", "69", "MaximumMessageSize", "2048"));
    }

    @Test
    void fifoAttributesOnStandardQueueAreRejected() {
        assertThatThrownBy(() -> sqs.createQueue(r -> r.queueName(unique("std"))
                .attributes(Map.of(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))))
                .isInstanceOf(InvalidAttributeNameException.class)
                .hasMessageContaining("Unknown Attribute ContentBasedDeduplication.");
        String url = sqs.createQueue(r -> r.queueName(unique("std"))).queueUrl();
        assertThatThrownBy(() -> sqs.setQueueAttributes(r -> r.queueUrl(url)
                .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))))
                .isInstanceOf(InvalidAttributeNameException.class)
                .hasMessageContaining("Unknown Attribute FifoQueue.");
    }

    @Test
    void listQueuesByPrefixWithPaging() {
        String prefix = unique("page");
        for (int i = 0; i < 3; i++) {
            int n = i;
            sqs.createQueue(r -> r.queueName(prefix + "-" + n));
        }
        ListQueuesResponse all = sqs.listQueues(r -> r.queueNamePrefix(prefix));
        assertThat(all.queueUrls()).hasSize(3);
        assertThat(all.nextToken()).isNull();
        ListQueuesResponse first = sqs.listQueues(r -> r.queueNamePrefix(prefix).maxResults(2));
        assertThat(first.queueUrls()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        ListQueuesResponse rest = sqs.listQueues(r -> r.queueNamePrefix(prefix).maxResults(2)
                .nextToken(first.nextToken()));
        assertThat(rest.queueUrls()).containsExactly(all.queueUrls().get(2));
        assertThat(rest.nextToken()).isNull();
    }

    @Test
    void deleteQueueMakesItDisappear() {
        String name = unique("gone");
        String url = sqs.createQueue(r -> r.queueName(name)).queueUrl();
        sqs.deleteQueue(r -> r.queueUrl(url));
        assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName(name)))
                .isInstanceOf(QueueDoesNotExistException.class);
    }

    @Test
    void tagsRoundTrip() {
        String url = sqs.createQueue(r -> r.queueName(unique("tags")).tags(Map.of("team", "a"))).queueUrl();
        sqs.tagQueue(r -> r.queueUrl(url).tags(Map.of("env", "dev")));
        assertThat(sqs.listQueueTags(r -> r.queueUrl(url)).tags()).isEqualTo(Map.of("team", "a", "env", "dev"));
        sqs.untagQueue(r -> r.queueUrl(url).tagKeys(List.of("team")));
        assertThat(sqs.listQueueTags(r -> r.queueUrl(url)).tags()).isEqualTo(Map.of("env", "dev"));
    }
}
