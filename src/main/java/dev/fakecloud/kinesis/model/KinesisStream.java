package dev.fakecloud.kinesis.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One data stream as it is stored: an immutable value replaced as a whole on every change. Its records live in
 * their own table (see {@link RecordKey}); everything else about the stream is here.
 *
 * @param nextShardIndex the index the next shard created will get
 */
public record KinesisStream(String arn, String name, String accountId, String region, String streamId,
        String status, String mode, int retentionHours, long createdMillis, List<Shard> shards, int nextShardIndex,
        String encryptionType, String keyId, List<String> shardLevelMetrics, Map<String, String> tags,
        List<StreamConsumer> consumers, int maxRecordSizeKiB, Integer warmThroughputMiBps) {

    public static final String PROVISIONED = "PROVISIONED";
    public static final String ON_DEMAND = "ON_DEMAND";
    public static final String ACTIVE = "ACTIVE";

    public KinesisStream {
        shards = List.copyOf(shards);
        shardLevelMetrics = List.copyOf(shardLevelMetrics);
        tags = Map.copyOf(tags);
        consumers = List.copyOf(consumers);
    }

    public List<Shard> openShards() {
        return shards.stream().filter(Shard::open).toList();
    }

    public Shard shard(String shardId) {
        for (Shard s : shards) {
            if (s.shardId().equals(shardId)) {
                return s;
            }
        }
        return null;
    }

    /** A copy with changes applied to a builder. */
    public KinesisStream with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(this)).build();
    }

    /** A mutable copy. */
    public static final class Builder {
        public String arn;
        public String name;
        public String accountId;
        public String region;
        public String streamId;
        public String status;
        public String mode;
        public int retentionHours;
        public long createdMillis;
        public List<Shard> shards;
        public int nextShardIndex;
        public String encryptionType;
        public String keyId;
        public List<String> shardLevelMetrics;
        public Map<String, String> tags;
        public List<StreamConsumer> consumers;
        public int maxRecordSizeKiB;
        public Integer warmThroughputMiBps;

        public Builder() {
            shards = new ArrayList<>();
            shardLevelMetrics = new ArrayList<>();
            tags = new LinkedHashMap<>();
            consumers = new ArrayList<>();
        }

        Builder(KinesisStream s) {
            arn = s.arn;
            name = s.name;
            accountId = s.accountId;
            region = s.region;
            streamId = s.streamId;
            status = s.status;
            mode = s.mode;
            retentionHours = s.retentionHours;
            createdMillis = s.createdMillis;
            shards = new ArrayList<>(s.shards);
            nextShardIndex = s.nextShardIndex;
            encryptionType = s.encryptionType;
            keyId = s.keyId;
            shardLevelMetrics = new ArrayList<>(s.shardLevelMetrics);
            tags = new LinkedHashMap<>(s.tags);
            consumers = new ArrayList<>(s.consumers);
            maxRecordSizeKiB = s.maxRecordSizeKiB;
            warmThroughputMiBps = s.warmThroughputMiBps;
        }

        public KinesisStream build() {
            return new KinesisStream(arn, name, accountId, region, streamId, status, mode, retentionHours,
                    createdMillis, shards, nextShardIndex, encryptionType, keyId, shardLevelMetrics, tags, consumers,
                    maxRecordSizeKiB, warmThroughputMiBps);
        }
    }
}
