package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamMode;

/** Kinesis streams, shards and records through the AWS SDK for Java v2, which speaks CBOR to Kinesis by default. */
@QuarkusTest
class KinesisStreamTest {

    static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    final KinesisClient kinesis = Clients.kinesis();

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String stream(int shards) {
        String name = name("s");
        kinesis.createStream(b -> b.streamName(name).shardCount(shards));
        return name;
    }

    @Test
    void streamsAreCreatedDescribedListedAndDeletedWithEvenHashKeyRanges() {
        String name = stream(3);
        StreamDescription d = kinesis.describeStream(b -> b.streamName(name)).streamDescription();
        assertThat(d.streamStatusAsString()).isEqualTo("ACTIVE");
        assertThat(d.streamARN()).isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/" + name);
        assertThat(d.retentionPeriodHours()).isEqualTo(24);
        assertThat(d.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(d.streamCreationTimestamp()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        List<Shard> shards = d.shards();
        assertThat(shards).extracting(Shard::shardId)
                .containsExactly("shardId-000000000000", "shardId-000000000001", "shardId-000000000002");
        BigInteger step = BigInteger.ONE.shiftLeft(128).divide(BigInteger.valueOf(3));
        assertThat(shards.get(0).hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThat(shards.get(0).hashKeyRange().endingHashKey()).isEqualTo(step.subtract(BigInteger.ONE).toString());
        assertThat(shards.get(1).hashKeyRange().startingHashKey()).isEqualTo(step.toString());
        assertThat(shards.get(2).hashKeyRange().endingHashKey()).isEqualTo(MAX.toString());
        assertThat(shards.get(0).sequenceNumberRange().startingSequenceNumber()).matches("\\d{56}");

        var summary = kinesis.describeStreamSummary(b -> b.streamARN(d.streamARN())).streamDescriptionSummary();
        assertThat(summary.openShardCount()).isEqualTo(3);
        assertThat(summary.streamId()).matches("[a-z0-9]{20}-[a-z0-9]{3}");
        assertThat(kinesis.listStreams(b -> b.limit(10000)).streamNames()).contains(name);

        assertThatThrownBy(() -> kinesis.createStream(b -> b.streamName(name).shardCount(1)))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageContaining("Stream " + name + " under account 000000000000 already exists.");
        kinesis.deleteStream(b -> b.streamARN(d.streamARN()));
        assertThatThrownBy(() -> kinesis.describeStream(b -> b.streamName(name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Stream " + name + " under account 000000000000 not found.")
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void onDemandStreamsStartWithFourShards() {
        String name = name("od");
        kinesis.createStream(b -> b.streamName(name).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        var summary = kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary();
        assertThat(summary.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(summary.openShardCount()).isEqualTo(4);
    }

    @Test
    void recordsAreRoutedByPartitionKeyHashAndReadInOrderWithEveryIteratorType() {
        String name = stream(2);
        Instant before = Instant.now().minusMillis(5);
        var first = kinesis.putRecord(b -> b.streamName(name).partitionKey("alpha")
                .data(SdkBytes.fromUtf8String("one")));
        BigInteger hash = new BigInteger(1, md5("alpha"));
        String expectedShard = hash.compareTo(BigInteger.ONE.shiftLeft(127)) < 0 ? "shardId-000000000000"
                : "shardId-000000000001";
        assertThat(first.shardId()).isEqualTo(expectedShard);
        var second = kinesis.putRecord(b -> b.streamName(name).partitionKey("alpha")
                .data(SdkBytes.fromUtf8String("two")).sequenceNumberForOrdering(first.sequenceNumber()));
        assertThat(new BigInteger(second.sequenceNumber())).isGreaterThan(new BigInteger(first.sequenceNumber()));
        var explicit = kinesis.putRecord(b -> b.streamName(name).partitionKey("x").explicitHashKey(MAX.toString())
                .data(SdkBytes.fromUtf8String("last")));
        assertThat(explicit.shardId()).isEqualTo("shardId-000000000001");

        String shard = first.shardId();
        GetRecordsResponse all = kinesis.getRecords(b -> b.shardIterator(iterator(name, shard,
                ShardIteratorType.TRIM_HORIZON, null, null)));
        List<String> data = all.records().stream().map(r -> r.data().asUtf8String()).toList();
        assertThat(data).containsSubsequence("one", "two");
        assertThat(all.records().get(0).approximateArrivalTimestamp()).isBetween(before, Instant.now());
        assertThat(all.records().get(0).partitionKey()).isEqualTo(data.get(0).equals("one") ? "alpha" : "x");
        assertThat(all.millisBehindLatest()).isZero();
        assertThat(all.nextShardIterator()).isNotNull();

        var limited = kinesis.getRecords(b -> b.shardIterator(iterator(name, shard, ShardIteratorType.AT_SEQUENCE_NUMBER,
                first.sequenceNumber(), null)).limit(1));
        assertThat(limited.records()).extracting(r -> r.data().asUtf8String()).containsExactly("one");
        var rest = kinesis.getRecords(b -> b.shardIterator(limited.nextShardIterator()));
        assertThat(rest.records().get(0).data().asUtf8String()).isEqualTo("two");
        var after = kinesis.getRecords(b -> b.shardIterator(iterator(name, shard,
                ShardIteratorType.AFTER_SEQUENCE_NUMBER, first.sequenceNumber(), null)));
        assertThat(after.records().get(0).sequenceNumber()).isEqualTo(second.sequenceNumber());

        String latest = iterator(name, shard, ShardIteratorType.LATEST, null, null);
        assertThat(kinesis.getRecords(b -> b.shardIterator(latest)).records()).isEmpty();
        kinesis.putRecord(b -> b.streamName(name).partitionKey("alpha").data(SdkBytes.fromUtf8String("three")));
        assertThat(kinesis.getRecords(b -> b.shardIterator(latest)).records())
                .extracting(r -> r.data().asUtf8String()).containsExactly("three");

        Instant at = kinesis.getRecords(b -> b.shardIterator(iterator(name, shard,
                ShardIteratorType.AT_SEQUENCE_NUMBER, second.sequenceNumber(), null))).records().get(0)
                .approximateArrivalTimestamp();
        var byTime = kinesis.getRecords(b -> b.shardIterator(iterator(name, shard, ShardIteratorType.AT_TIMESTAMP,
                null, at)));
        assertThat(byTime.records()).extracting(r -> r.data().asUtf8String()).startsWith("two").contains("three")
                .doesNotContain("one");
    }

    @Test
    void putRecordsAnswersPerRecordAndEnforcesLimits() {
        String name = stream(4);
        List<PutRecordsRequestEntry> entries = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> PutRecordsRequestEntry.builder().partitionKey("k" + i)
                        .data(SdkBytes.fromUtf8String("r" + i)).build()).toList();
        PutRecordsResponse r = kinesis.putRecords(b -> b.streamName(name).records(entries));
        assertThat(r.failedRecordCount()).isZero();
        assertThat(r.records()).hasSize(20).allSatisfy(e -> {
            assertThat(e.sequenceNumber()).matches("\\d{56}");
            assertThat(e.shardId()).startsWith("shardId-");
        });
        assertThat(r.records().stream().map(e -> e.shardId()).distinct().count()).isGreaterThan(1);

        byte[] tooBig = new byte[1024 * 1024];
        assertThatThrownBy(() -> kinesis.putRecord(b -> b.streamName(name).partitionKey("k")
                .data(SdkBytes.fromByteArray(tooBig))))
                .hasMessageContaining("Member must have length less than or equal to 1048576");
        List<PutRecordsRequestEntry> many = java.util.Collections.nCopies(501,
                PutRecordsRequestEntry.builder().partitionKey("k").data(SdkBytes.fromUtf8String("x")).build());
        assertThatThrownBy(() -> kinesis.putRecords(b -> b.streamName(name).records(many)))
                .hasMessageContaining("Member must have length less than or equal to 500");
    }

    @Test
    void splitAndMergeCloseParentsThatStayReadable() {
        String name = stream(2);
        var put = kinesis.putRecord(b -> b.streamName(name).partitionKey("p").explicitHashKey("5")
                .data(SdkBytes.fromUtf8String("before split")));
        assertThat(put.shardId()).isEqualTo("shardId-000000000000");
        BigInteger half = BigInteger.ONE.shiftLeft(126);
        kinesis.splitShard(b -> b.streamName(name).shardToSplit("shardId-000000000000")
                .newStartingHashKey(half.toString()));
        List<Shard> shards = kinesis.listShards(b -> b.streamName(name)).shards();
        assertThat(shards).extracting(Shard::shardId).containsExactly("shardId-000000000000", "shardId-000000000001",
                "shardId-000000000002", "shardId-000000000003");
        assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).isEqualTo(put.sequenceNumber());
        assertThat(shards.get(2).parentShardId()).isEqualTo("shardId-000000000000");
        assertThat(shards.get(2).hashKeyRange().endingHashKey()).isEqualTo(half.subtract(BigInteger.ONE).toString());
        assertThat(shards.get(3).hashKeyRange().startingHashKey()).isEqualTo(half.toString());
        assertThat(kinesis.listShards(b -> b.streamName(name).shardFilter(f -> f.type(ShardFilterType.AT_LATEST)))
                .shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000001", "shardId-000000000002", "shardId-000000000003");

        var closed = kinesis.getRecords(b -> b.shardIterator(iterator(name, "shardId-000000000000",
                ShardIteratorType.TRIM_HORIZON, null, null)));
        assertThat(closed.records()).extracting(r -> r.data().asUtf8String()).containsExactly("before split");
        assertThat(closed.nextShardIterator()).isNull();
        assertThat(closed.childShards()).extracting(c -> c.shardId())
                .containsExactly("shardId-000000000002", "shardId-000000000003");
        assertThat(kinesis.putRecord(b -> b.streamName(name).partitionKey("p").explicitHashKey("5")
                .data(SdkBytes.fromUtf8String("after"))).shardId()).isEqualTo("shardId-000000000002");

        kinesis.mergeShards(b -> b.streamName(name).shardToMerge("shardId-000000000002")
                .adjacentShardToMerge("shardId-000000000003"));
        Shard merged = kinesis.listShards(b -> b.streamName(name)).shards().get(4);
        assertThat(merged.parentShardId()).isEqualTo("shardId-000000000002");
        assertThat(merged.adjacentParentShardId()).isEqualTo("shardId-000000000003");
        assertThat(merged.hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThatThrownBy(() -> kinesis.mergeShards(b -> b.streamName(name).shardToMerge("shardId-000000000001")
                .adjacentShardToMerge("shardId-000000000002"))).isInstanceOf(InvalidArgumentException.class);

        var update = kinesis.updateShardCount(b -> b.streamName(name).targetShardCount(4)
                .scalingType("UNIFORM_SCALING"));
        assertThat(update.currentShardCount()).isEqualTo(2);
        assertThat(kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary()
                .openShardCount()).isEqualTo(4);
    }

    @Test
    void listShardsPagesWithTokens() {
        String name = stream(5);
        var first = kinesis.listShards(b -> b.streamName(name).maxResults(2));
        assertThat(first.shards()).hasSize(2);
        var second = kinesis.listShards(b -> b.nextToken(first.nextToken()).maxResults(2));
        assertThat(second.shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000002", "shardId-000000000003");
        assertThatThrownBy(() -> kinesis.listShards(b -> b.streamName(name).nextToken(first.nextToken())))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void retentionTagsEncryptionConsumersAndPolicies() {
        String name = stream(1);
        String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/" + name;
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName(name).retentionPeriodHours(48));
        assertThatThrownBy(() -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName(name)
                .retentionPeriodHours(30))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("can not be shorter than existing retention period (48 hours)");
        assertThatThrownBy(() -> kinesis.decreaseStreamRetentionPeriod(b -> b.streamName(name)
                .retentionPeriodHours(2))).hasMessageContaining("Minimum allowed retention period is 24 hours.");
        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName(name).retentionPeriodHours(24));

        kinesis.addTagsToStream(b -> b.streamName(name).tags(Map.of("team", "data", "env", "dev")));
        kinesis.removeTagsFromStream(b -> b.streamName(name).tagKeys("env"));
        assertThat(kinesis.listTagsForStream(b -> b.streamName(name)).tags())
                .extracting(t -> t.key() + "=" + t.value()).containsExactly("team=data");
        kinesis.tagResource(b -> b.resourceARN(arn).tags(Map.of("cost", "1")));
        assertThat(kinesis.listTagsForResource(b -> b.resourceARN(arn)).tags()).hasSize(2);

        kinesis.startStreamEncryption(b -> b.streamName(name).encryptionType("KMS").keyId("alias/aws/kinesis"));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary()
                .encryptionTypeAsString()).isEqualTo("KMS");
        assertThat(kinesis.putRecord(b -> b.streamName(name).partitionKey("k").data(SdkBytes.fromUtf8String("x")))
                .encryptionTypeAsString()).isEqualTo("KMS");
        kinesis.stopStreamEncryption(b -> b.streamName(name).encryptionType("KMS").keyId("alias/aws/kinesis"));

        var consumer = kinesis.registerStreamConsumer(b -> b.streamARN(arn).consumerName("app")).consumer();
        assertThat(consumer.consumerARN()).startsWith(arn + "/consumer/app:");
        assertThat(kinesis.describeStreamConsumer(b -> b.consumerARN(consumer.consumerARN())).consumerDescription()
                .consumerStatusAsString()).isEqualTo("ACTIVE");
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn)).consumers()).hasSize(1);
        assertThatThrownBy(() -> kinesis.deleteStream(b -> b.streamName(name)))
                .isInstanceOf(ResourceInUseException.class);

        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
        kinesis.putResourcePolicy(b -> b.resourceARN(arn).policy(policy));
        assertThat(kinesis.getResourcePolicy(b -> b.resourceARN(arn)).policy()).isEqualTo(policy);
        kinesis.deleteResourcePolicy(b -> b.resourceARN(arn));
        kinesis.deregisterStreamConsumer(b -> b.streamARN(arn).consumerName("app"));
        kinesis.deleteStream(b -> b.streamName(name));
    }

    @Test
    void badIteratorsAndUnknownShardsAreClientErrors() {
        String name = stream(1);
        assertThatThrownBy(() -> kinesis.getRecords(b -> b.shardIterator("not-an-iterator")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("Invalid ShardIterator.");
        assertThatThrownBy(() -> kinesis.getShardIterator(b -> b.streamName(name).shardId("shardId-000000000009")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Shard shardId-000000000009 in stream " + name);
    }

    String iterator(String stream, String shard, ShardIteratorType type, String sequence, Instant at) {
        return kinesis.getShardIterator(b -> b.streamName(stream).shardId(shard).shardIteratorType(type)
                .startingSequenceNumber(sequence).timestamp(at)).shardIterator();
    }

    static byte[] md5(String s) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
