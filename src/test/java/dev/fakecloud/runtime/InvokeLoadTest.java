package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.FullJitterBackoffStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The invoke path under load, sized for CI (bench/soak.sh runs the full size): many concurrent synchronous invokes
 * each get their own answer (none lost, none crossed), and queued asynchronous invokes each run exactly once. The
 * functions have a reserved concurrency, so that the tests start a handful of containers rather than one per client
 * (the machines these run on have two cores and a Docker engine shared with other builds); synchronous callers beyond
 * it are throttled and retry as AWS's SDKs do, which exercises the accounting under load too: a permit lost on the
 * way would end in callers throttled for good.
 */
@QuarkusTest
class InvokeLoadTest {

    static final String ECHO = "def handler(event, context):\n    return event\n";
    static final int CLIENTS = 64;

    final LambdaClient lambda = Clients.lambda();
    final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    final List<String> created = new ArrayList<>();

    /** The many environments these tests start are not left to idle through the rest of the suite. */
    @AfterEach
    void cleanUp() {
        clients.shutdownNow();
        created.forEach(name -> lambda.deleteFunction(b -> b.functionName(name)));
    }

    String createEcho(Integer reserved) {
        String name = "load-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler").timeout(30)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", ECHO))))));
        created.add(name);
        if (reserved != null) {
            lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(reserved));
        }
        return name;
    }

    /** A client that retries throttled calls (only those) with jittered backoff, counting them. */
    static LambdaClient retryingWhenThrottled(AtomicInteger throttled) {
        RetryPolicy retries = RetryPolicy.builder()
                .numRetries(10_000)
                .retryCondition(c -> {
                    boolean throttle = c.httpStatusCode() != null && c.httpStatusCode() == 429;
                    if (throttle) {
                        throttled.incrementAndGet();
                    }
                    return throttle;
                })
                .retryCapacityCondition(null)
                .throttlingBackoffStrategy(FullJitterBackoffStrategy.builder().baseDelay(Duration.ofMillis(10))
                        .maxBackoffTime(Duration.ofMillis(200)).build())
                .backoffStrategy(FullJitterBackoffStrategy.builder().baseDelay(Duration.ofMillis(10))
                        .maxBackoffTime(Duration.ofMillis(200)).build())
                .build();
        return LambdaClient.builder().endpointOverride(Clients.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .overrideConfiguration(o -> o.retryPolicy(retries)).build();
    }

    static String payload(String tag) {
        return "{\"tag\": \"" + tag + "\"}";
    }

    /** Recorded invocations of the function: request id to (type, payload, response). */
    static Map<String, List<String>> recorded(String name) {
        JsonPath records = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + name).then()
                .statusCode(200).extract().jsonPath();
        Map<String, List<String>> byId = new HashMap<>();
        List<Map<String, Object>> all = records.getList("invocations");
        for (Map<String, Object> r : all) {
            List<String> previous = byId.put((String) r.get("requestId"), List.of((String) r.get("invocationType"),
                    (String) r.get("payload"), String.valueOf(r.get("response"))));
            assertThat(previous).as("request %s recorded twice", r.get("requestId")).isNull();
        }
        return byId;
    }

    @Test
    void concurrentSynchronousInvokesEachGetTheirOwnAnswer() throws Exception {
        int total = 2_000;
        String name = createEcho(16);
        AtomicInteger throttled = new AtomicInteger();
        LambdaClient lambda = retryingWhenThrottled(throttled);
        AtomicInteger next = new AtomicInteger();
        Map<String, String> sentByRequestId = new ConcurrentHashMap<>();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            runs.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String sent = payload(i + "-" + UUID.randomUUID());
                    InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(sent)));
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.functionError()).isNull();
                    assertThat(r.payload().asUtf8String()).as("the answer to this request").isEqualTo(sent);
                    assertThat(sentByRequestId.put(r.responseMetadata().requestId(), sent)).isNull();
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        assertThat(sentByRequestId).hasSize(total);
        assertThat(throttled.get()).as("callers beyond the reserved concurrency were throttled").isPositive();
        Map<String, List<String>> recorded = recorded(name);
        assertThat(recorded).hasSize(total);
        sentByRequestId.forEach((id, sent) -> assertThat(recorded.get(id))
                .containsExactly("RequestResponse", sent, sent));
    }

    @Test
    void queuedEventInvokesRunExactlyOnce() throws Exception {
        int total = 500;
        String name = createEcho(4);
        Map<String, String> sentByRequestId = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            runs.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String sent = payload("event-" + i);
                    InvokeResponse r = lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.EVENT)
                            .payload(SdkBytes.fromUtf8String(sent)));
                    assertThat(r.statusCode()).isEqualTo(202);
                    sentByRequestId.put(r.responseMetadata().requestId(), sent);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        assertThat(sentByRequestId).hasSize(total);
        Map<String, List<String>> recorded = Polling.until(Duration.ofMinutes(2), () -> recorded(name),
                r -> r.size() >= total);
        // nothing more runs once the queue is drained: every environment is idle and the record stays at 500
        Polling.until(Duration.ofSeconds(30), () -> RestAssured.get("/_fakecloud/lambda/warm-containers").then()
                .extract().jsonPath().<String>getList("containers.findAll { it.functionName == '" + name
                        + "' }.state"), states -> states.stream().allMatch("idle"::equals));
        assertThat(recorded(name)).hasSize(total);
        Set<String> payloads = new HashSet<>();
        sentByRequestId.forEach((id, sent) -> {
            assertThat(recorded.get(id)).containsExactly("Event", sent, sent);
            payloads.add(sent);
        });
        assertThat(payloads).hasSize(total);
        assertThat(lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload("after"))))
                .payload().asUtf8String()).as("all four slots are free again").isEqualTo(payload("after"));
    }
}
