package dev.fakecloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.cloudwatch.series.Bucket;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Old data is rolled up to the resolution its age allows, and dropped after 15 months, as CloudWatch keeps it. */
@QuarkusTest
class MetricRetentionTest {

    @Inject
    MetricStore store;

    @Test
    void agedBucketsAreRolledUpAndExpiredOnesDropped() {
        long now = System.currentTimeMillis();
        MetricIdentity metric = new MetricIdentity("000000000000", "us-east-1", "Test/" + UUID.randomUUID(), "Aged",
                List.of());
        long fourHoursAgo = align(now - Duration.ofHours(4).toMillis(), 60);
        store.add(metric, Bucket.of(fourHoursAgo + 1_000, 1, "Count", 2.0, 1), now);
        store.add(metric, Bucket.of(fourHoursAgo + 7_000, 1, "Count", 5.0, 1), now);
        long sixteenDaysAgo = align(now - Duration.ofDays(16).toMillis(), 300);
        store.add(metric, Bucket.of(sixteenDaysAgo + 60_000, 60, "Count", 3.0, 1), now);
        long sixteenMonthsAgo = align(now - Duration.ofDays(490).toMillis(), 3600);
        store.add(metric, Bucket.of(sixteenMonthsAgo, 3600, "Count", 9.0, 1), now);

        assertThat(store.applyRetention(now)).isGreaterThanOrEqualTo(4);

        List<Bucket> left = store.range(metric, 0, now);
        assertThat(left).extracting(Bucket::start).containsExactly(sixteenDaysAgo, fourHoursAgo);
        Bucket minute = left.get(1);
        assertThat(minute.seconds()).isEqualTo(60);
        assertThat(minute.sampleCount()).isEqualTo(2.0);
        assertThat(minute.sum()).isEqualTo(7.0);
        assertThat(minute.max()).isEqualTo(5.0);
        assertThat(left.get(0).seconds()).isEqualTo(300);
        assertThat(left.get(0).sum()).isEqualTo(3.0);
        store.applyRetention(now);
        assertThat(store.range(metric, 0, now)).as("a second pass leaves rolled-up data as it is").isEqualTo(left);
    }

    private static long align(long millis, int seconds) {
        return Math.floorDiv(millis, seconds * 1000L) * seconds * 1000L;
    }
}
