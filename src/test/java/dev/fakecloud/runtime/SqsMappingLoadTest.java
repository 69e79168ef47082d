package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Many messages through one mapping, a tenth of them failing as reported items, with a redrive policy: every message
 * ends processed exactly once or in the dead-letter queue, none is lost, none reaches the dead-letter queue twice.
 * {@code bench/soak.sh} runs the same at full size.
 */
@QuarkusTest
class SqsMappingLoadTest {

    static final int MESSAGES = 2000;
    static final int CONCURRENCY = 2;
    static final ObjectMapper JSON = new ObjectMapper();
    /** Fails every message whose number is a multiple of ten; a warm-up call just keeps its environment busy. */
    static final String HANDLER = """
            import json, time
            def handler(event, context):
                if event.get('warm'):
                    time.sleep(1)
                    return {}
                failures = []
                for record in event['Records']:
                    if json.loads(record['body'])['n'] % 10 == 0:
                        failures.append({'itemIdentifier': record['messageId']})
                return {'batchItemFailures': failures}
            """;

    final SqsMappingSupport s = new SqsMappingSupport();

    @Test
    void everyMessageIsProcessedOnceOrDeadLetteredOnce() {
        String fn = s.function(SqsMappingSupport.unique("load"), HANDLER, 5);
        warmEnvironments(fn);
        String dlqUrl = s.queue("load-dlq", Map.of());
        String url = s.queue("load", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5",
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + s.queueArn(dlqUrl) + "\",\"maxReceiveCount\":\"2\"}"));
        for (int start = 0; start < MESSAGES; start += 10) {
            int first = start;
            s.sqs.sendMessageBatch(b -> b.queueUrl(url).entries(IntStream.range(first, first + 10)
                    .mapToObj(n -> SendMessageBatchRequestEntry.builder().id("m" + n).messageBody("{\"n\": " + n + "}")
                            .build()).toList()));
        }
        s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url)).batchSize(10)
                .functionResponseTypesWithStrings("ReportBatchItemFailures")
                .scalingConfig(c -> c.maximumConcurrency(CONCURRENCY)));

        Polling.until("the queue is drained", Duration.ofSeconds(90), () -> s.messagesLeft(url) == 0);
        List<Integer> dead = drain(dlqUrl);
        Map<Integer, Integer> processed = processedCounts(fn);

        List<Integer> failing = IntStream.range(0, MESSAGES).filter(n -> n % 10 == 0).boxed().toList();
        assertThat(dead).as("each failing message reaches the dead-letter queue once")
                .containsExactlyInAnyOrderElementsOf(failing);
        assertThat(processed.keySet()).as("every other message is processed")
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, MESSAGES).filter(n -> n % 10 != 0)
                        .boxed().toList());
        assertThat(processed.values()).as("and processed once").containsOnly(1);
    }

    /**
     * Starts twice the environments the mapping uses, so that no batch waits for a cold start longer than the
     * visibility timeout (which would deliver its messages twice, as SQS's at-least-once delivery allows).
     */
    void warmEnvironments(String fn) {
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * CONCURRENCY; i++) {
            calls.add(CompletableFuture.runAsync(() -> s.lambda.invoke(b -> b.functionName(fn)
                    .payload(SdkBytes.fromUtf8String("{\"warm\": true}")))));
        }
        calls.forEach(CompletableFuture::join);
    }

    /** The numbers in the dead-letter queue, each received (and deleted) once. */
    List<Integer> drain(String dlqUrl) {
        List<Integer> numbers = new ArrayList<>();
        while (true) {
            List<Message> got = s.sqs.receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10)).messages();
            if (got.isEmpty()) {
                return numbers;
            }
            for (Message m : got) {
                numbers.add(number(m.body()));
                s.sqs.deleteMessage(b -> b.queueUrl(dlqUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }

    /** How often the function processed each number successfully (it fails multiples of ten). */
    static Map<Integer, Integer> processedCounts(String fn) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String payload : SqsMappingSupport.sqsPayloads(fn)) {
            for (JsonNode record : tree(payload).get("Records")) {
                int n = number(record.get("body").asText());
                if (n % 10 != 0) {
                    counts.merge(n, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static int number(String body) {
        return tree(body).get("n").asInt();
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
