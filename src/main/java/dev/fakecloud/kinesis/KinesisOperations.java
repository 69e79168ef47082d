package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.RecordShapes.ConsumerInput;
import dev.fakecloud.kinesis.model.RecordShapes.GetRecordsInput;
import dev.fakecloud.kinesis.model.RecordShapes.GetShardIteratorInput;
import dev.fakecloud.kinesis.model.RecordShapes.ListStreamConsumersInput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordInput;
import dev.fakecloud.kinesis.model.RecordShapes.PutRecordsInput;
import dev.fakecloud.kinesis.model.RecordShapes.RegisterStreamConsumerInput;
import dev.fakecloud.kinesis.model.RecordShapes.SubscribeToShardInput;
import dev.fakecloud.kinesis.model.StreamShapes.AddTagsInput;
import dev.fakecloud.kinesis.model.StreamShapes.CreateStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.DeleteStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.DescribeStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.EncryptionInput;
import dev.fakecloud.kinesis.model.StreamShapes.Empty;
import dev.fakecloud.kinesis.model.StreamShapes.ListShardsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ListStreamsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ListTagsForStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.MergeShardsInput;
import dev.fakecloud.kinesis.model.StreamShapes.MonitoringInput;
import dev.fakecloud.kinesis.model.StreamShapes.PutResourcePolicyInput;
import dev.fakecloud.kinesis.model.StreamShapes.RemoveTagsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.RetentionInput;
import dev.fakecloud.kinesis.model.StreamShapes.SplitShardInput;
import dev.fakecloud.kinesis.model.StreamShapes.StreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.TagResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.UntagResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateAccountSettingsInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateMaxRecordSizeInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateShardCountInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateStreamModeInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateStreamWarmThroughputInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Kinesis operation table: every operation of the 2013-12-02 API, by name, to its request record and handler. */
@ApplicationScoped
public class KinesisOperations {

    private final Map<String, KinesisOperation<?>> byName;

    public KinesisOperations(StreamService streams, StreamSettings settings, ShardService shards,
            RecordService records, ConsumerService consumers) {
        List<KinesisOperation<?>> table = List.of(
                new KinesisOperation<>("CreateStream", CreateStreamInput.class, streams::create),
                new KinesisOperation<>("DescribeStream", DescribeStreamInput.class, streams::describe),
                new KinesisOperation<>("DescribeStreamSummary", StreamInput.class, streams::summary),
                new KinesisOperation<>("ListStreams", ListStreamsInput.class, streams::list),
                new KinesisOperation<>("DeleteStream", DeleteStreamInput.class, streams::delete),
                new KinesisOperation<>("IncreaseStreamRetentionPeriod", RetentionInput.class,
                        streams::increaseRetention),
                new KinesisOperation<>("DecreaseStreamRetentionPeriod", RetentionInput.class,
                        streams::decreaseRetention),
                new KinesisOperation<>("UpdateStreamMode", UpdateStreamModeInput.class, streams::updateMode),
                new KinesisOperation<>("ListShards", ListShardsInput.class, shards::list),
                new KinesisOperation<>("SplitShard", SplitShardInput.class, shards::split),
                new KinesisOperation<>("MergeShards", MergeShardsInput.class, shards::merge),
                new KinesisOperation<>("UpdateShardCount", UpdateShardCountInput.class, shards::updateCount),
                new KinesisOperation<>("PutRecord", PutRecordInput.class, records::put),
                new KinesisOperation<>("PutRecords", PutRecordsInput.class, records::putAll),
                new KinesisOperation<>("GetShardIterator", GetShardIteratorInput.class, records::iterator),
                new KinesisOperation<>("GetRecords", GetRecordsInput.class, records::get),
                new KinesisOperation<>("AddTagsToStream", AddTagsInput.class, settings::addTags),
                new KinesisOperation<>("RemoveTagsFromStream", RemoveTagsInput.class, settings::removeTags),
                new KinesisOperation<>("ListTagsForStream", ListTagsForStreamInput.class, settings::listTags),
                new KinesisOperation<>("TagResource", TagResourceInput.class, settings::tagResource),
                new KinesisOperation<>("UntagResource", UntagResourceInput.class, settings::untagResource),
                new KinesisOperation<>("ListTagsForResource", ResourceInput.class, settings::listTagsForResource),
                new KinesisOperation<>("StartStreamEncryption", EncryptionInput.class, settings::startEncryption),
                new KinesisOperation<>("StopStreamEncryption", EncryptionInput.class, settings::stopEncryption),
                new KinesisOperation<>("EnableEnhancedMonitoring", MonitoringInput.class, settings::enableMonitoring),
                new KinesisOperation<>("DisableEnhancedMonitoring", MonitoringInput.class,
                        settings::disableMonitoring),
                new KinesisOperation<>("UpdateStreamWarmThroughput", UpdateStreamWarmThroughputInput.class,
                        settings::warmThroughput),
                new KinesisOperation<>("UpdateMaxRecordSize", UpdateMaxRecordSizeInput.class, settings::maxRecordSize),
                new KinesisOperation<>("DescribeLimits", Empty.class, settings::limits),
                new KinesisOperation<>("DescribeAccountSettings", Empty.class, settings::accountSettings),
                new KinesisOperation<>("UpdateAccountSettings", UpdateAccountSettingsInput.class,
                        settings::updateAccountSettings),
                new KinesisOperation<>("RegisterStreamConsumer", RegisterStreamConsumerInput.class,
                        consumers::register),
                new KinesisOperation<>("DescribeStreamConsumer", ConsumerInput.class, consumers::describe),
                new KinesisOperation<>("ListStreamConsumers", ListStreamConsumersInput.class, consumers::list),
                new KinesisOperation<>("DeregisterStreamConsumer", ConsumerInput.class, consumers::deregister),
                new KinesisOperation<>("SubscribeToShard", SubscribeToShardInput.class, consumers::subscribe),
                new KinesisOperation<>("PutResourcePolicy", PutResourcePolicyInput.class, consumers::putPolicy),
                new KinesisOperation<>("GetResourcePolicy", ResourceInput.class, consumers::getPolicy),
                new KinesisOperation<>("DeleteResourcePolicy", ResourceInput.class, consumers::deletePolicy));
        this.byName = table.stream()
                .collect(Collectors.toUnmodifiableMap(KinesisOperation::name, Function.identity()));
    }

    KinesisOperation<?> get(String name) {
        return byName.get(name);
    }

    /** Every operation name served. */
    public Set<String> names() {
        return byName.keySet();
    }
}
