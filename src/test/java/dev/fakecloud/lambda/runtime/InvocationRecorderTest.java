package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.lambda.runtime.InvocationRecorder.InvocationRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The invocation record: a bounded ring, by count and by bytes, that many threads write at once. */
class InvocationRecorderTest {

    static InvocationRecord record(String id, int payloadChars) {
        return new InvocationRecord(id, "fn", "arn", "$LATEST", "RequestResponse", "api", null, "x".repeat(payloadChars),
                null, null, 1.0, "c", "t", null);
    }

    static List<String> ids(InvocationRecorder recorder) {
        return recorder.all().stream().map(InvocationRecord::requestId).toList();
    }

    @Test
    void keepsTheNewestRecordsInOrderWithinTheCount() {
        InvocationRecorder recorder = new InvocationRecorder(3, 1_000);
        for (int i = 1; i <= 5; i++) {
            recorder.record(record("r" + i, 10));
        }
        assertThat(ids(recorder)).containsExactly("r3", "r4", "r5");
        assertThat(recorder.bytes()).isEqualTo(30);
    }

    @Test
    void dropsTheOldestWhenOverTheByteBoundButKeepsTheNewestEvenIfAlone() {
        InvocationRecorder recorder = new InvocationRecorder(100, 100);
        recorder.record(record("a", 40));
        recorder.record(record("b", 40));
        recorder.record(record("c", 40));
        assertThat(ids(recorder)).containsExactly("b", "c");
        assertThat(recorder.bytes()).isEqualTo(80);
        recorder.record(record("huge", 500));
        assertThat(ids(recorder)).containsExactly("huge");
        assertThat(recorder.bytes()).isEqualTo(500);
    }

    @Test
    void clearForgetsEverythingAndRecordingGoesOn() {
        InvocationRecorder recorder = new InvocationRecorder(4, 1_000);
        for (int i = 0; i < 6; i++) {
            recorder.record(record("r" + i, 5));
        }
        recorder.clear();
        assertThat(recorder.all()).isEmpty();
        assertThat(recorder.bytes()).isZero();
        recorder.record(record("after", 5));
        assertThat(ids(recorder)).containsExactly("after");
    }

    @Test
    void concurrentWritersLoseNothingWithinTheBoundsAndAccountBytesExactly() throws Exception {
        InvocationRecorder recorder = new InvocationRecorder(50_000, Long.MAX_VALUE);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    recorder.record(record(thread + "-" + i, 3));
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get(30, TimeUnit.SECONDS);
        }
        List<String> all = ids(recorder);
        assertThat(all).hasSize(40_000);
        Set<String> unique = new HashSet<>(all);
        assertThat(unique).hasSize(40_000);
        assertThat(recorder.bytes()).isEqualTo(40_000L * 3);

        InvocationRecorder small = new InvocationRecorder(1_000, 2_000);
        writers.clear();
        for (int t = 0; t < 8; t++) {
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    small.record(record("x", 3));
                    if (i % 997 == 0) {
                        small.clear();
                    }
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        List<InvocationRecord> left = small.all();
        assertThat(left.size()).isLessThanOrEqualTo(1_000);
        assertThat(small.bytes()).isEqualTo(left.size() * 3L).isLessThanOrEqualTo(2_000);
    }
}
