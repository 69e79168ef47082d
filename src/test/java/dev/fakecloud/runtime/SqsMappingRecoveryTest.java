package dev.fakecloud.runtime;

import static dev.fakecloud.runtime.SqsMappingSupport.sqsPayloads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS mapping never wedges: whatever happens to its function (throttled, deleted and created again, timing out),
 * the messages get through once the function can take them, without anyone touching the mapping.
 */
@QuarkusTest
class SqsMappingRecoveryTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    final SqsMappingSupport s = new SqsMappingSupport();

    static long delivered(String fn, List<String> bodies) {
        List<String> payloads = sqsPayloads(fn);
        return bodies.stream().filter(body -> payloads.stream().anyMatch(p -> p.contains(body))).count();
    }

    /** As a user found it: reserved concurrency 0, MaximumConcurrency 2, four messages, then the limit removed. */
    @Test
    void aThrottledFunctionGetsItsMessagesOnceItsReservedConcurrencyIsRemoved() {
        String fn = s.function(3);
        s.lambda.putFunctionConcurrency(b -> b.functionName(fn).reservedConcurrentExecutions(0));
        String url = s.queue("throttled", Map.of());
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url))
                .scalingConfig(c -> c.maximumConcurrency(2))).uuid();
        List<String> bodies = List.of("first", "second", "third", "fourth");
        bodies.forEach(body -> s.sqs.sendMessage(b -> b.queueUrl(url).messageBody(body)));
        String throttled = Polling.eventually(() -> s.lastProcessingResult(uuid),
                r -> r != null && r.contains("throttled"), PATIENCE);
        assertThat(throttled).isEqualTo("PROBLEM: Function call throttled: Rate Exceeded. "
                + "(ReservedFunctionConcurrentInvocationLimitExceeded)");
        assertThat(s.messagesLeft(url)).isEqualTo(4);

        s.lambda.deleteFunctionConcurrency(b -> b.functionName(fn));
        Polling.until("all four messages reach the function", Duration.ofSeconds(20),
                () -> delivered(fn, bodies) == 4);
        Polling.until("the queue is empty", PATIENCE, () -> s.messagesLeft(url) == 0);
        assertThat(Polling.eventually(() -> s.lastProcessingResult(uuid), "OK"::equals, PATIENCE)).isEqualTo("OK");
    }

    @Test
    void messagesSentWhileTheFunctionIsGoneReachTheFunctionCreatedAgain() {
        String fn = s.function(3);
        String url = s.queue("orphaned", Map.of());
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url))
                .batchSize(1)).uuid();
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("before"));
        Polling.until("the first message is processed", PATIENCE, () -> delivered(fn, List.of("before")) == 1);
        s.lambda.deleteFunction(b -> b.functionName(fn));

        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("while gone"));
        String problem = Polling.eventually(() -> s.lastProcessingResult(uuid),
                r -> r != null && r.startsWith("PROBLEM"), PATIENCE);
        assertThat(problem).startsWith("PROBLEM: Function call failed: Function not found");
        assertThat(s.messagesLeft(url)).isEqualTo(1);

        s.function(fn, SqsMappingSupport.HANDLER, 3);
        Polling.until("the message reaches the new function", PATIENCE,
                () -> delivered(fn, List.of("while gone")) == 1);
        Polling.until("the queue is empty", PATIENCE, () -> s.messagesLeft(url) == 0);
    }

    @Test
    void aBatchWhoseFunctionTimesOutIsDeliveredAgainAfterTheVisibilityTimeout() {
        String handler = """
                import time
                def handler(event, context):
                    for record in event['Records']:
                        if record['attributes']['ApproximateReceiveCount'] == '1':
                            time.sleep(10)
                    return {}
                """;
        String fn = s.warm(s.function(SqsMappingSupport.unique("sleepy"), handler, 2));
        String url = s.queue("patient", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2"));
        String uuid = s.lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(s.queueArn(url))
                .batchSize(1)).uuid();
        s.sqs.sendMessage(b -> b.queueUrl(url).messageBody("take your time"));

        // recorded as they end: the first delivery may still be timing out when the second one starts
        List<String> payloads = Polling.eventually(() -> sqsPayloads(fn), p -> p.size() >= 2, PATIENCE);
        assertThat(payloads).allSatisfy(p -> assertThat(p).contains("take your time"))
                .anySatisfy(p -> assertThat(p).contains("\"ApproximateReceiveCount\":\"1\""))
                .anySatisfy(p -> assertThat(p).contains("\"ApproximateReceiveCount\":\"2\""));
        Polling.until("the second delivery deletes it", PATIENCE, () -> s.messagesLeft(url) == 0);
        assertThat(Polling.eventually(() -> s.lastProcessingResult(uuid), "OK"::equals, PATIENCE)).isEqualTo("OK");
    }
}
