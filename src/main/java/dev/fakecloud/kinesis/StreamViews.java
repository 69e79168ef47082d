package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.Shard;
import dev.fakecloud.kinesis.model.StreamShapes.EnhancedMetrics;
import dev.fakecloud.kinesis.model.StreamShapes.HashKeyRange;
import dev.fakecloud.kinesis.model.StreamShapes.SequenceNumberRange;
import dev.fakecloud.kinesis.model.StreamShapes.ShardShape;
import dev.fakecloud.kinesis.model.StreamShapes.StreamDescription;
import dev.fakecloud.kinesis.model.StreamShapes.StreamDescriptionSummary;
import dev.fakecloud.kinesis.model.StreamShapes.StreamModeDetails;
import dev.fakecloud.kinesis.model.StreamShapes.WarmThroughput;
import java.time.Instant;
import java.util.List;

/** Streams and shards as the API describes them. */
final class StreamViews {

    private StreamViews() {
    }

    static ShardShape shard(Shard s) {
        return new ShardShape(s.shardId(), s.parentShardId(), s.adjacentParentShardId(),
                new HashKeyRange(s.startingHashKey(), s.endingHashKey()),
                new SequenceNumberRange(s.startingSequenceNumber(), s.endingSequenceNumber()));
    }

    static List<EnhancedMetrics> monitoring(KinesisStream s) {
        return List.of(new EnhancedMetrics(s.shardLevelMetrics()));
    }

    static StreamDescription description(KinesisStream s, List<Shard> shards, boolean more) {
        return new StreamDescription(s.name(), s.arn(), s.status(), new StreamModeDetails(s.mode()),
                shards.stream().map(StreamViews::shard).toList(), more, s.retentionHours(),
                Instant.ofEpochMilli(s.createdMillis()), monitoring(s), s.encryptionType(), s.keyId());
    }

    static StreamDescriptionSummary summary(KinesisStream s) {
        WarmThroughput warm = s.warmThroughputMiBps() == null ? null
                : new WarmThroughput(s.warmThroughputMiBps(), s.warmThroughputMiBps());
        return new StreamDescriptionSummary(s.name(), s.arn(), s.streamId(), s.status(),
                new StreamModeDetails(s.mode()), s.retentionHours(), Instant.ofEpochMilli(s.createdMillis()),
                monitoring(s), s.encryptionType(), s.keyId(), s.openShards().size(), s.consumers().size(), warm,
                s.maxRecordSizeKiB());
    }
}
