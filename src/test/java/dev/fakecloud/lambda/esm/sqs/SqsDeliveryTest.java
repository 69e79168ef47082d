package dev.fakecloud.lambda.esm.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import dev.fakecloud.lambda.esm.EventSourceMapping;
import dev.fakecloud.lambda.esm.SourceType;
import dev.fakecloud.lambda.esm.model.EsmShapes.ScalingConfig;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.sqs.model.SqsShapes.Message;
import dev.fakecloud.support.Polling;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One SQS mapping's delivery against a queue and a function of the test's making: whatever the function does
 * (throttles, vanishes, fails, hangs), the mapping's accounting stays exact and it resumes by itself.
 */
class SqsDeliveryTest {

    static final Scope SCOPE = new Scope("000000000000", "us-east-1");
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:work";

    final Vertx vertx = Vertx.vertx();
    final FakeQueue queue = new FakeQueue();
    final List<String> results = new CopyOnWriteArrayList<>();
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    SqsDelivery delivery;

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.close();
        }
        vertx.close();
    }

    static EventSourceMapping mapping(int batchSize, Integer windowSeconds, Integer maxConcurrency,
            boolean partialFailures) {
        EventSourceMappingConfiguration.Builder b = new EventSourceMappingConfiguration.Builder();
        b.uuid = UUID.randomUUID().toString();
        b.eventSourceArn = QUEUE;
        b.functionArn = "arn:aws:lambda:us-east-1:000000000000:function:fn";
        b.batchSize = batchSize;
        b.maximumBatchingWindowInSeconds = windowSeconds;
        b.state = EventSourceMapping.ENABLED;
        b.scalingConfig = maxConcurrency == null ? null : new ScalingConfig(maxConcurrency);
        b.functionResponseTypes = partialFailures ? List.of("ReportBatchItemFailures") : null;
        return new EventSourceMapping(SCOPE, SourceType.SQS, true, 1, 0, b.build());
    }

    void start(EventSourceMapping mapping, Function<Invocation, Uni<InvocationResult>> function) {
        delivery = new SqsDelivery(mapping, queue, invocation -> {
            batches.add(bodies(invocation));
            return function.apply(invocation);
        }, vertx.getOrCreateContext(), (m, result) -> results.add(result));
        delivery.start();
    }

    static List<String> bodies(Invocation invocation) {
        try {
            List<String> out = new ArrayList<>();
            new ObjectMapper().readTree(invocation.payload()).get("Records").forEach(r -> out.add(r.get("body")
                    .asText()));
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Uni<InvocationResult> ok(Invocation invocation) {
        return Uni.createFrom().item(new InvocationResult(200, "null".getBytes(), "$LATEST", null, null));
    }

    @Test
    void aThrottledFunctionGetsItsMessagesOnceItMayRunAgain() {
        AtomicInteger throttles = new AtomicInteger();
        boolean[] reserved0 = {true};
        for (int i = 1; i <= 4; i++) {
            queue.send("m" + i);
        }
        start(mapping(1, null, 2, false), invocation -> {
            if (reserved0[0]) {
                throttles.incrementAndGet();
                // as Invoker does: the throttle is thrown, not returned in a Uni
                throw new TooManyRequestsException("Rate Exceeded.", "ReservedFunctionConcurrentInvocationLimitExceeded");
            }
            return ok(invocation);
        });
        Polling.until("the function is throttled again and again", Duration.ofSeconds(5), () -> throttles.get() >= 4);
        assertThat(results).contains("PROBLEM: Function call throttled: Rate Exceeded. "
                + "(ReservedFunctionConcurrentInvocationLimitExceeded)");
        Polling.until("the throttled batches are back in the queue", Duration.ofSeconds(5),
                () -> queue.visible() + queue.inFlight() == 4);

        reserved0[0] = false;
        Polling.until("every message is processed", Duration.ofSeconds(10), () -> queue.deleted().size() == 4);
        assertThat(queue.deleted()).containsExactlyInAnyOrder("m1", "m2", "m3", "m4");
        assertThat(results.get(results.size() - 1)).isEqualTo("OK");
        assertThat(queue.visible() + queue.inFlight()).isZero();
    }

    @Test
    void aDeletedFunctionIsRetriedUntilItExistsAgainAndFailedUnisCountAsMuchAsThrows() {
        boolean[] exists = {false};
        queue.send("m1");
        start(mapping(10, null, null, false), invocation -> exists[0] ? ok(invocation)
                : Uni.createFrom().failure(new ResourceNotFoundException("Function not found: " + QUEUE)));
        Polling.until("the mapping reports the missing function", Duration.ofSeconds(5),
                () -> results.contains("PROBLEM: Function call failed: Function not found: " + QUEUE));
        exists[0] = true;
        Polling.until("the message reaches the function created again", Duration.ofSeconds(10),
                () -> queue.deleted().contains("m1"));
    }

    @Test
    void aFailingFunctionLeavesTheBatchToTheVisibilityTimeoutAndGoesOn() {
        queue.send("bad");
        start(mapping(1, null, 1, false), invocation -> batches.size() == 1
                ? Uni.createFrom().item(new InvocationResult(200, "{}".getBytes(), "$LATEST", "Unhandled", null))
                : ok(invocation));
        Polling.until("the failure is reported", Duration.ofSeconds(5),
                () -> results.contains("PROBLEM: Function call failed"));
        assertThat(queue.inFlight()).as("left to its visibility timeout").isEqualTo(1);
        queue.send("good");
        Polling.until("the slot was given back: the next message goes through", Duration.ofSeconds(5),
                () -> queue.deleted().contains("good"));
        queue.expireVisibility();
        Polling.until("the failed message is delivered again", Duration.ofSeconds(5),
                () -> queue.deleted().contains("bad"));
    }

    @Test
    void batchesInFlightNeverExceedMaximumConcurrencyAndAllSettle() {
        List<CompletableFuture<InvocationResult>> running = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 6; i++) {
            queue.send("m" + i);
        }
        start(mapping(1, null, 2, false), invocation -> {
            CompletableFuture<InvocationResult> done = new CompletableFuture<>();
            running.add(done);
            return Uni.createFrom().completionStage(done);
        });
        Polling.until("two batches run", Duration.ofSeconds(5), () -> running.size() == 2);
        assertThat(Polling.eventually(running::size, n -> n > 2, Duration.ofMillis(300))).isEqualTo(2);
        for (int finished = 0; finished < 6; finished++) {
            int index = finished;
            Polling.until("batch " + index + " runs", Duration.ofSeconds(5), () -> running.size() > index);
            running.get(index).complete(new InvocationResult(200, "null".getBytes(), "$LATEST", null, null));
        }
        Polling.until("all six are processed", Duration.ofSeconds(5), () -> queue.deleted().size() == 6);
        assertThat(running).hasSize(6);
    }

    @Test
    void aMessageReceivedAgainDuringTheBatchingWindowIsInTheBatchOnceWithItsLatestHandle() {
        queue.send("once");
        start(mapping(100, 1, null, false), SqsDeliveryTest::ok);
        Polling.until("the message is gathered", Duration.ofSeconds(5), () -> queue.inFlight() == 1);
        queue.expireVisibility();
        Polling.until("the batch is invoked", Duration.ofSeconds(5), () -> batches.size() == 1);
        assertThat(batches.get(0)).containsExactly("once");
        Polling.until("the latest handle deletes it", Duration.ofSeconds(5), () -> queue.deleted().contains("once"));
    }

    @Test
    void reportedItemFailuresStayAndTheRestIsDeleted() {
        queue.send("keep");
        queue.send("done");
        start(mapping(10, null, null, true), invocation -> {
            String id = queue.idOf("keep");
            return Uni.createFrom().item(new InvocationResult(200,
                    ("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + id + "\"}]}").getBytes(), "$LATEST", null,
                    null));
        });
        Polling.until("the batch settles", Duration.ofSeconds(5), () -> queue.deleted().contains("done"));
        assertThat(queue.deleted()).containsExactly("done");
        assertThat(queue.inFlight()).isEqualTo(1);
    }

    /** A queue with receipt handles and visibility, enough to watch what a delivery does with its messages. */
    static final class FakeQueue implements MessageSource {
        private final Map<String, String> bodies = new LinkedHashMap<>();
        private final List<String> visible = new ArrayList<>();
        private final Map<String, String> inFlight = new LinkedHashMap<>();
        private final List<String> deleted = Collections.synchronizedList(new ArrayList<>());
        private volatile Runnable listener;

        synchronized void send(String body) {
            String id = UUID.randomUUID().toString();
            bodies.put(id, body);
            visible.add(id);
            notifyListener();
        }

        synchronized String idOf(String body) {
            return bodies.entrySet().stream().filter(e -> e.getValue().equals(body)).findFirst().orElseThrow()
                    .getKey();
        }

        /** Every in-flight message's visibility timeout passes (and the queue says so, as SQS's timer does). */
        void expireVisibility() {
            synchronized (this) {
                visible.addAll(0, inFlight.values());
                inFlight.clear();
            }
            notifyListener();
        }

        synchronized int visible() {
            return visible.size();
        }

        synchronized int inFlight() {
            return inFlight.size();
        }

        List<String> deleted() {
            return List.copyOf(deleted);
        }

        @Override
        public synchronized List<Message> receive(int max) {
            List<Message> out = new ArrayList<>();
            while (out.size() < max && !visible.isEmpty()) {
                String id = visible.remove(0);
                String handle = UUID.randomUUID().toString();
                inFlight.put(handle, id);
                out.add(new Message(id, handle, "md5", bodies.get(id), Map.of(), null, null));
            }
            return out;
        }

        @Override
        public synchronized void delete(String receiptHandle) {
            String id = inFlight.remove(receiptHandle);
            if (id != null) {
                deleted.add(bodies.get(id));
            }
        }

        @Override
        public boolean giveBack(String receiptHandle) {
            synchronized (this) {
                String id = inFlight.remove(receiptHandle);
                if (id == null) {
                    return false;
                }
                visible.add(id);
            }
            notifyListener();
            return true;
        }

        @Override
        public AutoCloseable subscribe(Runnable newListener) {
            listener = newListener;
            return () -> listener = null;
        }

        private void notifyListener() {
            Runnable l = listener;
            if (l != null) {
                l.run();
            }
        }
    }
}
