package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Records really expire after the stream's retention period, and closed shards go once their records have: with
 * {@code fakecloud.kinesis.retention-hour} shortened so that 24 "hours" last 2.4 seconds.
 */
@QuarkusTest
@TestProfile(KinesisRetentionTest.ShortHours.class)
class KinesisRetentionTest {

    public static class ShortHours implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fakecloud.kinesis.retention-hour", "PT0.1S");
        }
    }

    final KinesisClient kinesis = Clients.kinesis();

    @Test
    void recordsAndClosedShardsExpire() {
        String name = "ret-" + UUID.randomUUID().toString().substring(0, 8);
        kinesis.createStream(b -> b.streamName(name).shardCount(1));
        kinesis.putRecord(b -> b.streamName(name).partitionKey("k").data(SdkBytes.fromUtf8String("short-lived")));
        kinesis.splitShard(b -> b.streamName(name).shardToSplit("shardId-000000000000").newStartingHashKey("100"));
        assertThat(records(name)).isEqualTo(1);

        Polling.until("the record expires", Duration.ofSeconds(15), () -> records(name) == 0);
        Polling.until("the closed parent shard is dropped", Duration.ofSeconds(15),
                () -> kinesis.listShards(b -> b.streamName(name)).shards().stream().map(Shard::shardId)
                        .noneMatch("shardId-000000000000"::equals));
        assertThat(kinesis.listShards(b -> b.streamName(name)).shards()).hasSize(2);
    }

    int records(String name) {
        var shards = kinesis.listShards(b -> b.streamName(name)).shards();
        if (shards.stream().noneMatch(s -> s.shardId().equals("shardId-000000000000"))) {
            return 0;
        }
        String iterator = kinesis.getShardIterator(b -> b.streamName(name).shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        return kinesis.getRecords(b -> b.shardIterator(iterator)).records().size();
    }
}
