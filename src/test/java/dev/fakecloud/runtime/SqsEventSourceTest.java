package dev.fakecloud.runtime;

import static dev.fakecloud.runtime.SqsMappingSupport.sqsPayloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SQS messages reach functions through an event source mapping, as on AWS, with real containers. */
@QuarkusTest
class SqsEventSourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    final SqsMappingSupport s = new SqsMappingSupport();

    @Test
    void filteredBatchesWithPartialFailuresAsTheSeedExample() {
        String fn = s.warm(s.function(3));
        String url = s.queue("orders", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "3"));
        String arn = s.queueArn(url);
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn).batchSize(10)
                .maximumBatchingWindowInSeconds(1)
                .filterCriteria(f -> f.filters(p -> p.pattern("{\"body\": {\"status\": [\"paid\"]}}")))
                .functionResponseTypesWithStrings("ReportBatchItemFailures")).uuid();
        Polling.until("the mapping is enabled", PATIENCE,
                () -> "Enabled".equals(s.lambda.getEventSourceMapping(b -> b.uuid(uuid)).state()));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"paid\", \"id\": 1}"));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"unpaid\", \"id\": 2}"));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("not json at all"));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"paid\", \"id\": 3, \"fail\": true}"));

        List<String> payloads = Polling.eventually(() -> sqsPayloads(fn), p -> p.size() >= 2, PATIENCE);
        assertThat(payloads.get(0)).contains("\\\"id\\\": 1").contains("\"eventSource\":\"aws:sqs\"")
                .contains("\"eventSourceARN\":\"" + arn + "\"").contains("\"awsRegion\":\"us-east-1\"")
                .contains("\"ApproximateReceiveCount\":\"1\"").doesNotContain("\\\"id\\\": 2")
                .doesNotContain("not json at all");
        assertThat(payloads.get(0)).as("the batching window gathers the quick sends into one batch")
                .contains("\\\"id\\\": 3");
        assertThat(payloads.get(payloads.size() - 1)).contains("\\\"id\\\": 3").doesNotContain("\\\"id\\\": 1");
    }

    @Test
    void failingBatchesAreRedeliveredThenDeadLettered() {
        String fn = s.warm(s.function(2));
        String dlqUrl = s.queue("dlq", Map.of());
        String dlqArn = s.queueArn(dlqUrl);
        String url = s.queue("work", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"2\"}"));
        s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url)).batchSize(1));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("crash please"));
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("all good"));

        assertThat(Polling.eventually(() -> s.messagesLeft(dlqUrl), n -> n >= 1, PATIENCE)).isEqualTo(1);
        assertThat(s.sqs.receiveMessage(b -> b.queueUrl(dlqUrl)).messages().get(0).body()).isEqualTo("crash please");
        assertThat(Polling.eventually(() -> s.messagesLeft(url), n -> n == 0, PATIENCE)).isZero();
        assertThat(sqsPayloads(fn).stream().filter(p -> p.contains("crash please")).count()).isEqualTo(2);
    }

    @Test
    void batchSizeBoundsEachInvocationAndEverythingIsDelivered() {
        String fn = s.function(3);
        String url = s.queue("bulk", Map.of());
        for (int i = 0; i < 25; i++) {
            int n = i;
            s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"n\": " + n + "}"));
        }
        s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url)).batchSize(10));
        assertThat(Polling.eventually(() -> s.messagesLeft(url), n -> n == 0, PATIENCE)).isZero();
        int records = 0;
        for (String p : sqsPayloads(fn)) {
            int inThis = p.split("\"messageId\"", -1).length - 1;
            assertThat(inThis).isBetween(1, 10);
            records += inThis;
        }
        assertThat(records).isEqualTo(25);
    }

    @Test
    void fifoQueuesDeliverInOrderPerGroup() {
        String fn = s.function(3);
        String url = s.sqs.createQueue(b -> b.queueName(SqsMappingSupport.unique("ordered") + ".fifo")
                .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                        QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))).queueUrl();
        s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url)).batchSize(1));
        for (int i = 1; i <= 6; i++) {
            int n = i;
            s.sqs.sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageBody("{\"seq\": " + n + "}"));
        }
        List<String> payloads = Polling.eventually(() -> sqsPayloads(fn), p -> p.size() >= 6, PATIENCE);
        for (int i = 0; i < 6; i++) {
            assertThat(payloads.get(i)).contains("\\\"seq\\\": " + (i + 1) + "}");
        }
    }

    @Test
    void disabledMappingsDeliverNothingUntilEnabledAgain() {
        String fn = s.function(3);
        String url = s.queue("paused", Map.of());
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url))
                .enabled(false)).uuid();
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("wait for me"));
        assertThat(Polling.eventually(() -> sqsPayloads(fn), p -> !p.isEmpty(), Duration.ofMillis(1500))).isEmpty();
        assertThat(s.messagesLeft(url)).isEqualTo(1);
        s.lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));
        assertThat(Polling.eventually(() -> sqsPayloads(fn), p -> !p.isEmpty(), PATIENCE)).hasSize(1);
        assertThat(Polling.eventually(() -> s.messagesLeft(url), n -> n == 0, PATIENCE)).isZero();
        assertThat(Polling.eventually(() -> s.lastProcessingResult(uuid), "OK"::equals, PATIENCE)).isEqualTo("OK");
    }

    @Test
    void aQueueVisibilityTimeoutShorterThanTheFunctionTimeoutIsRefused() {
        String slow = s.function(10);
        String quick = s.function(1);
        String url = s.queue("hasty", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1"));
        String arn = s.queueArn(url);
        assertThatThrownBy(() -> s.lambda.createEventSourceMapping(b -> b.functionName(slow).eventSourceArn(arn)))
                .isInstanceOf(InvalidParameterValueException.class)
                .satisfies(e -> assertThat(((InvalidParameterValueException) e).awsErrorDetails().errorMessage())
                        .isEqualTo("Queue visibility timeout: 1 seconds is less than Function timeout: 10 seconds"));
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(quick).eventSourceArn(arn)).uuid();
        Polling.until("the mapping settles", PATIENCE,
                () -> "Enabled".equals(s.lambda.getEventSourceMapping(b -> b.uuid(uuid)).state()));
        assertThatThrownBy(() -> s.lambda.updateEventSourceMapping(b -> b.uuid(uuid).functionName(slow)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Queue visibility timeout: 1 seconds is less than Function timeout: 10 seconds");
    }
}
