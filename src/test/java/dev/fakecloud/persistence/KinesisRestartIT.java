package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Kinesis's state survives a restart on the same data directory: streams with their shards (closed parents too),
 * settings, tags and consumers, and every record, readable in order; sequence numbers keep increasing after it.
 */
class KinesisRestartIT extends OnDataDirectory {

    KinesisClient start() {
        startServer();
        return Clients.kinesis(server.endpoint());
    }

    @Test
    void streamsShardsAndRecordsAreBackAfterARestart() {
        KinesisClient kinesis = start();
        kinesis.createStream(b -> b.streamName("orders").shardCount(1));
        kinesis.addTagsToStream(b -> b.streamName("orders").tags(Map.of("team", "data")));
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("orders").retentionPeriodHours(48));
        String first = kinesis.putRecord(b -> b.streamName("orders").partitionKey("k")
                .data(SdkBytes.fromUtf8String("one"))).sequenceNumber();
        kinesis.splitShard(b -> b.streamName("orders").shardToSplit("shardId-000000000000")
                .newStartingHashKey("1000"));
        kinesis.registerStreamConsumer(b -> b.streamARN("arn:aws:kinesis:us-east-1:000000000000:stream/orders")
                .consumerName("app"));
        server.close();

        kinesis = start();
        KinesisClient k = kinesis;
        var summary = k.describeStreamSummary(b -> b.streamName("orders")).streamDescriptionSummary();
        assertThat(summary.retentionPeriodHours()).isEqualTo(48);
        assertThat(summary.consumerCount()).isEqualTo(1);
        assertThat(k.listTagsForStream(b -> b.streamName("orders")).tags()).hasSize(1);
        assertThat(k.listShards(b -> b.streamName("orders")).shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000000", "shardId-000000000001", "shardId-000000000002");
        String iterator = k.getShardIterator(b -> b.streamName("orders").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        var records = k.getRecords(b -> b.shardIterator(iterator)).records();
        assertThat(records).extracting(r -> r.data().asUtf8String()).containsExactly("one");
        assertThat(records.get(0).sequenceNumber()).isEqualTo(first);
        String next = k.putRecord(b -> b.streamName("orders").partitionKey("k").explicitHashKey("1")
                .data(SdkBytes.fromUtf8String("two"))).sequenceNumber();
        assertThat(new java.math.BigInteger(next)).isGreaterThan(new java.math.BigInteger(first));
    }
}
