package dev.fakecloud.kinesis;

import dev.fakecloud.core.Validation;
import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.StreamShapes.AccountSettingsOutput;
import dev.fakecloud.kinesis.model.StreamShapes.AddTagsInput;
import dev.fakecloud.kinesis.model.StreamShapes.BillingCommitment;
import dev.fakecloud.kinesis.model.StreamShapes.DescribeLimitsOutput;
import dev.fakecloud.kinesis.model.StreamShapes.EncryptionInput;
import dev.fakecloud.kinesis.model.StreamShapes.EnhancedMonitoringOutput;
import dev.fakecloud.kinesis.model.StreamShapes.ListTagsForResourceOutput;
import dev.fakecloud.kinesis.model.StreamShapes.ListTagsForStreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.ListTagsForStreamOutput;
import dev.fakecloud.kinesis.model.StreamShapes.MonitoringInput;
import dev.fakecloud.kinesis.model.StreamShapes.RemoveTagsInput;
import dev.fakecloud.kinesis.model.StreamShapes.ResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.StreamInput;
import dev.fakecloud.kinesis.model.StreamShapes.Tag;
import dev.fakecloud.kinesis.model.StreamShapes.TagResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.UntagResourceInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateAccountSettingsInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateMaxRecordSizeInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateStreamWarmThroughputInput;
import dev.fakecloud.kinesis.model.StreamShapes.UpdateStreamWarmThroughputOutput;
import dev.fakecloud.kinesis.model.StreamShapes.WarmThroughput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stream's settings besides its shards: tags (by stream and by ARN), server-side encryption, enhanced monitoring,
 * warm throughput, the record size limit, and the account-level limits and settings.
 */
@ApplicationScoped
public class StreamSettings {

    static final List<String> METRICS = List.of("IncomingBytes", "IncomingRecords", "OutgoingBytes",
            "OutgoingRecords", "WriteProvisionedThroughputExceeded", "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds");
    static final int ON_DEMAND_STREAM_LIMIT = 50;

    private final StreamStore store;
    private final AtomicReference<BillingCommitment> billing =
            new AtomicReference<>(new BillingCommitment("DISABLED", null, null, null));

    public StreamSettings(StreamStore store) {
        this.store = store;
    }

    Object addTags(KinesisCall call, AddTagsInput in) {
        Validation.start().required(in.tags(), "tags").throwIfInvalid();
        tag(StreamArns.require(store, call, in), in.tags());
        return null;
    }

    Object removeTags(KinesisCall call, RemoveTagsInput in) {
        Validation.start().required(in.tagKeys(), "tagKeys").minSize(in.tagKeys(), "tagKeys", 1)
                .maxSize(in.tagKeys(), "tagKeys", 50).throwIfInvalid();
        untag(StreamArns.require(store, call, in), in.tagKeys());
        return null;
    }

    ListTagsForStreamOutput listTags(KinesisCall call, ListTagsForStreamInput in) {
        Validation.start().range(in.limit(), "limit", 1, 50).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        int limit = in.limit() == null ? 50 : in.limit();
        List<Tag> after = Tags.list(stream.tags()).stream()
                .filter(t -> in.exclusiveStartTagKey() == null || t.key().compareTo(in.exclusiveStartTagKey()) > 0)
                .toList();
        boolean more = after.size() > limit;
        return new ListTagsForStreamOutput(more ? after.subList(0, limit) : after, more);
    }

    Object tagResource(KinesisCall call, TagResourceInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").required(in.tags(), "tags").throwIfInvalid();
        tag(byResource(call, in.resourceARN()), in.tags());
        return null;
    }

    Object untagResource(KinesisCall call, UntagResourceInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").required(in.tagKeys(), "tagKeys")
                .throwIfInvalid();
        untag(byResource(call, in.resourceARN()), in.tagKeys());
        return null;
    }

    ListTagsForResourceOutput listTagsForResource(KinesisCall call, ResourceInput in) {
        Validation.start().required(in.resourceARN(), "resourceARN").throwIfInvalid();
        return new ListTagsForResourceOutput(Tags.list(byResource(call, in.resourceARN()).tags()));
    }

    /** The stream a resource ARN names (a stream, or one of its consumers, whose tags are the stream's). */
    private KinesisStream byResource(KinesisCall call, String arn) {
        String streamArn = StreamArns.streamOfConsumer(arn) != null ? StreamArns.streamOfConsumer(arn) : arn;
        return StreamArns.require(store, call, new StreamInput(null, streamArn, null));
    }

    private void tag(KinesisStream stream, Map<String, String> tags) {
        Tags.check(tags);
        store.update(stream.arn(), s -> {
            Map<String, String> next = new LinkedHashMap<>(s.tags());
            next.putAll(tags);
            if (next.size() > Tags.MAX_PER_RESOURCE) {
                throw KinesisErrors.limitExceeded("Failed to add tags to stream " + s.name() + " under account "
                        + s.accountId() + " because a given stream cannot have more than " + Tags.MAX_PER_RESOURCE
                        + " tags.");
            }
            return s.with(b -> {
                b.tags = next;
                return b;
            });
        });
    }

    private void untag(KinesisStream stream, List<String> keys) {
        store.update(stream.arn(), s -> s.with(b -> {
            keys.forEach(b.tags::remove);
            return b;
        }));
    }

    Object startEncryption(KinesisCall call, EncryptionInput in) {
        Validation.start().required(in.encryptionType(), "encryptionType").required(in.keyId(), "keyId")
                .length(in.keyId(), "keyId", 1, 2048).oneOf(in.encryptionType(), "encryptionType", List.of("NONE", "KMS"))
                .throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        if (!"KMS".equals(in.encryptionType())) {
            throw KinesisErrors.invalidArgument("Encryption type " + in.encryptionType() + " is not supported.");
        }
        store.update(stream.arn(), s -> s.with(b -> {
            b.encryptionType = "KMS";
            b.keyId = in.keyId();
            return b;
        }));
        return null;
    }

    Object stopEncryption(KinesisCall call, EncryptionInput in) {
        Validation.start().required(in.encryptionType(), "encryptionType").required(in.keyId(), "keyId")
                .throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        store.update(stream.arn(), s -> s.with(b -> {
            b.encryptionType = "NONE";
            b.keyId = null;
            return b;
        }));
        return null;
    }

    EnhancedMonitoringOutput enableMonitoring(KinesisCall call, MonitoringInput in) {
        return monitoring(call, in, true);
    }

    EnhancedMonitoringOutput disableMonitoring(KinesisCall call, MonitoringInput in) {
        return monitoring(call, in, false);
    }

    private EnhancedMonitoringOutput monitoring(KinesisCall call, MonitoringInput in, boolean enable) {
        List<String> allowed = new ArrayList<>(METRICS);
        allowed.add("ALL");
        Validation.start().required(in.shardLevelMetrics(), "shardLevelMetrics")
                .minSize(in.shardLevelMetrics(), "shardLevelMetrics", 1)
                .maxSize(in.shardLevelMetrics(), "shardLevelMetrics", 7)
                .eachOneOf(in.shardLevelMetrics(), "shardLevelMetrics", allowed).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        Set<String> named = in.shardLevelMetrics().contains("ALL") ? new LinkedHashSet<>(METRICS)
                : new LinkedHashSet<>(in.shardLevelMetrics());
        KinesisStream next = store.update(stream.arn(), s -> s.with(b -> {
            Set<String> metrics = new LinkedHashSet<>(b.shardLevelMetrics);
            if (enable) {
                metrics.addAll(named);
            } else {
                metrics.removeAll(named);
            }
            b.shardLevelMetrics = METRICS.stream().filter(metrics::contains).toList();
            return b;
        }));
        return new EnhancedMonitoringOutput(stream.name(), stream.shardLevelMetrics(), next.shardLevelMetrics(),
                stream.arn());
    }

    UpdateStreamWarmThroughputOutput warmThroughput(KinesisCall call, UpdateStreamWarmThroughputInput in) {
        Validation.start().required(in.warmThroughputMiBps(), "warmThroughputMiBps")
                .min(in.warmThroughputMiBps(), "warmThroughputMiBps", 0).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        if (!KinesisStream.ON_DEMAND.equals(stream.mode())) {
            throw KinesisErrors.invalidArgument("Warm throughput can only be set for on-demand streams.");
        }
        store.update(stream.arn(), s -> s.with(b -> {
            b.warmThroughputMiBps = in.warmThroughputMiBps();
            return b;
        }));
        return new UpdateStreamWarmThroughputOutput(stream.arn(), stream.name(),
                new WarmThroughput(in.warmThroughputMiBps(), in.warmThroughputMiBps()));
    }

    Object maxRecordSize(KinesisCall call, UpdateMaxRecordSizeInput in) {
        Validation.start().required(in.maxRecordSizeInKiB(), "maxRecordSizeInKiB")
                .range(in.maxRecordSizeInKiB(), "maxRecordSizeInKiB", 1024, 10240).throwIfInvalid();
        KinesisStream stream = StreamArns.require(store, call, in);
        store.update(stream.arn(), s -> s.with(b -> {
            b.maxRecordSizeKiB = in.maxRecordSizeInKiB();
            return b;
        }));
        return null;
    }

    DescribeLimitsOutput limits(KinesisCall call, Object in) {
        List<KinesisStream> streams = store.inRegion(call.accountId(), call.region());
        int open = streams.stream().mapToInt(s -> s.openShards().size()).sum();
        int onDemand = (int) streams.stream().filter(s -> KinesisStream.ON_DEMAND.equals(s.mode())).count();
        return new DescribeLimitsOutput(StreamService.SHARD_LIMIT, open, onDemand, ON_DEMAND_STREAM_LIMIT);
    }

    AccountSettingsOutput accountSettings(KinesisCall call, Object in) {
        return new AccountSettingsOutput(billing.get());
    }

    AccountSettingsOutput updateAccountSettings(KinesisCall call, UpdateAccountSettingsInput in) {
        Validation.start().required(in.minimumThroughputBillingCommitment(), "minimumThroughputBillingCommitment")
                .throwIfInvalid();
        String status = in.minimumThroughputBillingCommitment().status();
        Validation.start().oneOf(status, "minimumThroughputBillingCommitment.status", List.of("ENABLED", "DISABLED"))
                .required(status, "minimumThroughputBillingCommitment.status").throwIfInvalid();
        java.time.Instant now = java.time.Instant.now();
        BillingCommitment next = "ENABLED".equals(status)
                ? new BillingCommitment("ENABLED", now, null, now.plus(java.time.Duration.ofDays(1)))
                : new BillingCommitment("DISABLED", null, now, null);
        billing.set(next);
        return new AccountSettingsOutput(next);
    }
}
