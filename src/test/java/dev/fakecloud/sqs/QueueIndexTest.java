package dev.fakecloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.core.store.StoreEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A queue's message index without a server: order, visibility, delays, FIFO groups, dead-lettering, retention and
 * restoring from the state store, with the clock given by the test.
 */
class QueueIndexTest {

    static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dataDir;
    StoreEngine engine = new StoreEngine(new StoreEngine.Options(null, false, Long.MAX_VALUE));
    QueueStore store = new QueueStore(SqsTables.in(engine::table));

    @AfterEach
    void close() {
        engine.close();
    }

    SqsQueue queue(String name, Map<String, String> attributes) {
        Map<String, String> all = new java.util.HashMap<>(attributes);
        if (name.endsWith(".fifo")) {
            all.put("FifoQueue", "true");
        }
        return store.create(name, "000000000000", "us-east-1", all, Map.of(), T0).queue();
    }

    static MessageDraft draft(String body) {
        return MessageDraft.of(body, null, null, null, null, null, "000000000000");
    }

    static MessageDraft fifoDraft(String body, String group) {
        return MessageDraft.of(body, null, null, null, group, body, "000000000000");
    }

    static List<String> bodies(QueueMessages.Taken taken) {
        return taken.received().stream().map(m -> m.sent().body()).toList();
    }

    static String handleOf(QueueMessages.Taken taken, String body) {
        return taken.received().stream().filter(m -> m.sent().body().equals(body)).findFirst().orElseThrow()
                .delivery().receiptHandle();
    }

    @Test
    void standardQueuesHandOutOldestFirstAndCountWhatIsVisibleInFlightAndDelayed() {
        SqsQueue q = queue("std", Map.of());
        for (String body : List.of("m1", "m2", "m3", "m4")) {
            q.add(draft(body), T0);
        }
        q.add(MessageDraft.of("later", null, null, 10, null, null, "000000000000"), T0);
        assertThat(bodies(q.receive(2, 30, 0, T0))).containsExactly("m1", "m2");
        assertThat(q.snapshot(T0)).containsEntry("ApproximateNumberOfMessages", "2")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "2")
                .containsEntry("ApproximateNumberOfMessagesDelayed", "1");
        assertThat(q.nextVisibleAt(T0)).isEqualTo(T0 + 10_000);
        assertThat(bodies(q.receive(10, 30, 0, T0 + 10_000))).containsExactly("m3", "m4", "later");
        // the first two come back after their visibility timeout, first in line again
        QueueMessages.Taken again = q.receive(10, 30, 0, T0 + 30_000);
        assertThat(bodies(again)).containsExactly("m1", "m2");
        assertThat(again.received()).allSatisfy(m -> assertThat(m.delivery().receiveCount()).isEqualTo(2));
    }

    @Test
    void onlyTheLatestReceiptHandleDeletesOrRetimes() {
        SqsQueue q = queue("handles", Map.of());
        q.add(draft("m"), T0);
        String first = handleOf(q.receive(1, 0, 0, T0), "m");
        String second = handleOf(q.receive(1, 30, 0, T0), "m");
        assertThat(q.changeVisibility(first, 0, T0)).isFalse();
        assertThat(q.delete(first, T0)).isTrue();
        assertThat(q.size()).isEqualTo(1);
        assertThat(q.changeVisibility(second, 0, T0)).isTrue();
        assertThat(q.visibleCount(T0)).isEqualTo(1);
        assertThat(q.delete(second, T0)).isTrue();
        assertThat(q.size()).isZero();
        assertThat(q.nextVisibleAt(T0)).isEqualTo(-1);
    }

    @Test
    void fifoServesOneGroupAtATimeInOrderAndBlocksItWhileAMessageIsInFlight() {
        SqsQueue q = queue("order.fifo", Map.of());
        for (String[] m : new String[][] {{"a1", "a"}, {"b1", "b"}, {"a2", "a"}, {"c1", "c"}, {"a3", "a"}}) {
            q.add(fifoDraft(m[0], m[1]), T0);
        }
        QueueMessages.Taken first = q.receive(2, 30, 0, T0);
        assertThat(bodies(first)).containsExactly("a1", "a2");
        assertThat(bodies(q.receive(10, 30, 0, T0))).containsExactly("b1", "c1");
        assertThat(bodies(q.receive(10, 30, 0, T0))).as("every group has a message in flight").isEmpty();
        assertThat(q.delete(handleOf(first, "a1"), T0)).isTrue();
        assertThat(bodies(q.receive(10, 30, 0, T0))).as("a2 is still in flight").isEmpty();
        assertThat(q.changeVisibility(handleOf(first, "a2"), 0, T0)).isTrue();
        assertThat(bodies(q.receive(10, 30, 0, T0))).containsExactly("a2", "a3");
        assertThat(q.delete(handleOf(first, "a2"), T0 + 1)).as("a later receive made the handle stale").isTrue();
    }

    @Test
    void fifoRefusesDeletesOnceTheVisibilityTimeoutPassedAndFreesTheGroupThen() {
        SqsQueue q = queue("expired.fifo", Map.of());
        q.add(fifoDraft("a1", "a"), T0);
        q.add(fifoDraft("a2", "a"), T0);
        String handle = handleOf(q.receive(1, 5, 0, T0), "a1");
        assertThat(q.receive(1, 5, 0, T0 + 4_999).received()).isEmpty();
        assertThat(q.delete(handle, T0 + 5_000)).isFalse();
        assertThat(bodies(q.receive(10, 5, 0, T0 + 5_000))).containsExactly("a1", "a2");
    }

    @Test
    void fifoDeduplicatesWithinFiveMinutesAndSequenceNumbersIncrease() {
        SqsQueue q = queue("dedup.fifo", Map.of());
        MessageDraft.Accepted one = q.add(fifoDraft("x", "g"), T0);
        MessageDraft.Accepted dup = q.add(fifoDraft("x", "g"), T0 + 299_999);
        assertThat(dup.messageId()).isEqualTo(one.messageId());
        assertThat(dup.sequenceNumber()).isEqualTo(one.sequenceNumber());
        MessageDraft.Accepted later = q.add(fifoDraft("x", "g"), T0 + 300_000);
        assertThat(later.messageId()).isNotEqualTo(one.messageId());
        assertThat(later.sequenceNumber()).hasSize(20).isGreaterThan(one.sequenceNumber());
    }

    @Test
    void messagesOverTheReceiveLimitAreTakenOutForTheDeadLetterQueue() {
        SqsQueue q = queue("poison", Map.of());
        q.add(draft("p"), T0);
        q.add(draft("ok"), T0);
        assertThat(bodies(q.receive(1, 0, 1, T0))).containsExactly("p");
        QueueMessages.Taken next = q.receive(10, 30, 1, T0);
        assertThat(bodies(next)).containsExactly("ok");
        assertThat(next.deadLettered()).extracting(m -> m.sent().body()).containsExactly("p");
        assertThat(next.deadLettered().get(0).delivery().receiveCount()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(1);

        SqsQueue dlq = queue("poison-dlq", Map.of());
        QueuedMessage.Snapshot dead = next.deadLettered().get(0);
        dlq.adopt(dead.sent(), q.arn, dead.delivery().receiveCount(), dead.delivery().firstReceiveTimestamp(), T0);
        QueueMessages.Taken moved = dlq.receive(1, 30, 0, T0);
        assertThat(moved.received().get(0).sent().deadLetterSourceArn()).isEqualTo(q.arn);
        assertThat(moved.received().get(0).delivery().receiveCount()).isEqualTo(2);
    }

    @Test
    void retentionDropsTheOldestMessagesWithoutAScan() {
        SqsQueue q = queue("short", Map.of("MessageRetentionPeriod", "60"));
        q.add(draft("old"), T0);
        q.add(draft("young"), T0 + 30_000);
        assertThat(q.visibleCount(T0 + 60_001)).isEqualTo(1);
        assertThat(bodies(q.receive(10, 30, 0, T0 + 60_001))).containsExactly("young");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredThousandMessagesGoThroughInArrivalOrder() {
        SqsQueue q = queue("big", Map.of());
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            q.add(draft(Integer.toString(i)), T0);
        }
        assertThat(q.visibleCount(T0)).isEqualTo(n);
        int received = 0;
        int outOfOrder = 0;
        while (true) {
            QueueMessages.Taken taken = q.receive(10, 30, 0, T0);
            if (taken.received().isEmpty()) {
                break;
            }
            for (QueuedMessage.Snapshot m : taken.received()) {
                if (!m.sent().body().equals(Integer.toString(received++))) {
                    outOfOrder++;
                }
                q.delete(m.delivery().receiptHandle(), T0);
            }
        }
        assertThat(received).isEqualTo(n);
        assertThat(outOfOrder).isZero();
        assertThat(q.size()).isZero();
    }

    @Test
    void aRestartRestoresMessagesTheirDeliveryStateAndFifoDeduplication() {
        engine.close();
        engine = new StoreEngine(new StoreEngine.Options(dataDir, false, Long.MAX_VALUE));
        store = new QueueStore(SqsTables.in(engine::table));
        long now = System.currentTimeMillis();
        SqsQueue std = store.create("kept", "000000000000", "us-east-1", Map.of("VisibilityTimeout", "60"),
                Map.of("team", "a"), now).queue();
        for (String body : List.of("s1", "s2", "s3")) {
            std.add(draft(body), now);
        }
        std.add(MessageDraft.of("delayed", null, null, 900, null, null, "000000000000"), now);
        String inFlight = handleOf(std.receive(1, 60, 0, now), "s1");
        SqsQueue fifo = store.create("kept.fifo", "000000000000", "us-east-1", Map.of("FifoQueue", "true"),
                Map.of(), now).queue();
        List<String> sequences = new ArrayList<>();
        for (String body : List.of("f1", "f2", "f3")) {
            sequences.add(fifo.add(fifoDraft(body, "g"), now).sequenceNumber());
        }
        engine.close();

        engine = new StoreEngine(new StoreEngine.Options(dataDir, false, Long.MAX_VALUE));
        store = new QueueStore(SqsTables.in(engine::table));
        SqsQueue std2 = store.get("us-east-1", "kept");
        assertThat(std2.tags()).isEqualTo(Map.of("team", "a"));
        assertThat(std2.snapshot(now)).containsEntry("VisibilityTimeout", "60")
                .containsEntry("ApproximateNumberOfMessages", "2")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "1")
                .containsEntry("ApproximateNumberOfMessagesDelayed", "1");
        assertThat(bodies(std2.receive(10, 60, 0, now))).containsExactly("s2", "s3");
        QueueMessages.Taken back = std2.receive(10, 60, 0, now + 60_000);
        assertThat(bodies(back)).as("s1 is visible again after its timeout, first in line").startsWith("s1");
        assertThat(back.received().get(0).delivery().receiveCount()).isEqualTo(2);
        assertThat(std2.delete(inFlight, now)).as("the old handle is stale once received again").isTrue();
        assertThat(std2.size()).isEqualTo(4);

        SqsQueue fifo2 = store.get("us-east-1", "kept.fifo");
        assertThat(fifo2.add(fifoDraft("f2", "g"), now).sequenceNumber()).as("deduplicated across the restart")
                .isEqualTo(sequences.get(1));
        assertThat(fifo2.add(fifoDraft("f4", "g"), now).sequenceNumber()).isGreaterThan(sequences.get(2));
        assertThat(bodies(fifo2.receive(10, 30, 0, now))).containsExactly("f1", "f2", "f3", "f4");
    }
}
