package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SQS messages reach functions through an event source mapping, as on AWS, with real containers. */
@QuarkusTest
class SqsEventSourceTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();
    final SqsClient sqs = Clients.sqs();

    static final String HANDLER = """
            import json
            def handler(event, context):
                failures = []
                for record in event['Records']:
                    if 'fail' in record['body']:
                        failures.append({'itemIdentifier': record['messageId']})
                    if 'crash' in record['body']:
                        raise RuntimeError('crash')
                return {'batchItemFailures': failures}
            """;

    String function() {
        String name = "sqsfn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
        return name;
    }

    String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    List<String> sqsPayloads(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract().jsonPath()
                .getList("invocations.findAll { it.source == 'aws:sqs' }.payload");
    }

    static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        T value = probe.get();
        for (int i = 0; i < 150 && !done.test(value); i++) {
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }

    int messagesLeft(String url) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void filteredBatchesWithPartialFailuresAsTheSeedExample() throws InterruptedException {
        String fn = function();
        String url = sqs.createQueue(b -> b.queueName("orders-" + UUID.randomUUID().toString().substring(0, 8))
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1"))).queueUrl();
        String arn = queueArn(url);
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn).batchSize(10)
                .maximumBatchingWindowInSeconds(1)
                .filterCriteria(f -> f.filters(p -> p.pattern("{\"body\": {\"status\": [\"paid\"]}}")))
                .functionResponseTypesWithStrings("ReportBatchItemFailures"));
        Thread.sleep(500);
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"paid\", \"id\": 1}"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"unpaid\", \"id\": 2}"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("not json at all"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"status\": \"paid\", \"id\": 3, \"fail\": true}"));

        List<String> payloads = eventually(() -> sqsPayloads(fn), p -> p.size() >= 2);
        assertThat(payloads.get(0)).contains("\\\"id\\\": 1").contains("\"eventSource\":\"aws:sqs\"")
                .contains("\"eventSourceARN\":\"" + arn + "\"").contains("\"awsRegion\":\"us-east-1\"")
                .contains("\"ApproximateReceiveCount\":\"1\"").doesNotContain("\\\"id\\\": 2")
                .doesNotContain("not json at all");
        assertThat(payloads.get(0)).as("the batching window gathers the quick sends into one batch")
                .contains("\\\"id\\\": 3");
        assertThat(payloads.get(payloads.size() - 1)).contains("\\\"id\\\": 3").doesNotContain("\\\"id\\\": 1");
    }

    @Test
    void failingBatchesAreRedeliveredThenDeadLettered() throws InterruptedException {
        String fn = function();
        String dlqUrl = sqs.createQueue(b -> b.queueName("dlq-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
        String dlqArn = queueArn(dlqUrl);
        String url = sqs.createQueue(b -> b.queueName("work-" + UUID.randomUUID().toString().substring(0, 8))
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1", QueueAttributeName.REDRIVE_POLICY,
                        "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"2\"}"))).queueUrl();
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn(url)).batchSize(1));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("crash please"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("all good"));

        int dead = eventually(() -> messagesLeft(dlqUrl), n -> n >= 1);
        assertThat(dead).isEqualTo(1);
        assertThat(sqs.receiveMessage(b -> b.queueUrl(dlqUrl)).messages().get(0).body()).isEqualTo("crash please");
        assertThat(eventually(() -> messagesLeft(url), n -> n == 0)).isZero();
        assertThat(sqsPayloads(fn).stream().filter(p -> p.contains("crash please")).count()).isEqualTo(2);
    }

    @Test
    void batchSizeBoundsEachInvocationAndEverythingIsDelivered() throws InterruptedException {
        String fn = function();
        String url = sqs.createQueue(b -> b.queueName("bulk-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
        for (int i = 0; i < 25; i++) {
            int n = i;
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"n\": " + n + "}"));
        }
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn(url)).batchSize(10));
        assertThat(eventually(() -> messagesLeft(url), n -> n == 0)).isZero();
        List<String> payloads = sqsPayloads(fn);
        int records = 0;
        for (String p : payloads) {
            int inThis = p.split("\"messageId\"", -1).length - 1;
            assertThat(inThis).isBetween(1, 10);
            records += inThis;
        }
        assertThat(records).isEqualTo(25);
    }

    @Test
    void fifoQueuesDeliverInOrderPerGroup() throws InterruptedException {
        String fn = function();
        String url = sqs.createQueue(b -> b.queueName("ordered-" + UUID.randomUUID().toString().substring(0, 8)
                + ".fifo").attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                        QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))).queueUrl();
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn(url)).batchSize(1));
        for (int i = 1; i <= 6; i++) {
            int n = i;
            sqs.sendMessage(b -> b.queueUrl(url).messageGroupId("g").messageBody("{\"seq\": " + n + "}"));
        }
        List<String> payloads = eventually(() -> sqsPayloads(fn), p -> p.size() >= 6);
        for (int i = 0; i < 6; i++) {
            assertThat(payloads.get(i)).contains("\\\"seq\\\": " + (i + 1) + "}");
        }
    }

    @Test
    void disabledMappingsDeliverNothingUntilEnabledAgain() throws InterruptedException {
        String fn = function();
        String url = sqs.createQueue(b -> b.queueName("paused-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
        String uuid = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn(url))
                .enabled(false)).uuid();
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("wait for me"));
        Thread.sleep(1500);
        assertThat(sqsPayloads(fn)).isEmpty();
        assertThat(messagesLeft(url)).isEqualTo(1);
        lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));
        assertThat(eventually(() -> sqsPayloads(fn), p -> !p.isEmpty())).hasSize(1);
        assertThat(eventually(() -> messagesLeft(url), n -> n == 0)).isZero();
        assertThat(eventually(() -> lambda.getEventSourceMapping(b -> b.uuid(uuid)).lastProcessingResult(),
                r -> "OK".equals(r))).isEqualTo("OK");
    }
}
