package dev.fakecloud.s3;

import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.TargetService;
import dev.fakecloud.s3.model.Checksum;
import dev.fakecloud.s3.model.ContentHeaders;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.notify.S3Event;
import dev.fakecloud.s3.notify.S3Notifier;
import dev.fakecloud.s3.store.BlobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Buckets as targets of other services (the {@code OnFailure} destination of asynchronous invocations): the message
 * becomes a JSON object under the key the sender chose, written as a PutObject would write it (versions, bucket
 * notifications and all).
 */
@ApplicationScoped
public class S3Target implements TargetService {

    private static final String ARN_PREFIX = "arn:aws:s3:::";

    private final Buckets buckets;
    private final Versions versions;
    private final BlobStore blobs;
    private final S3Notifier notifier;

    public S3Target(Buckets buckets, Versions versions, BlobStore blobs, S3Notifier notifier) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.notifier = notifier;
    }

    @Override
    public String service() {
        return "s3";
    }

    private static String bucketOf(String arn) {
        if (arn == null || !arn.startsWith(ARN_PREFIX)) {
            return null;
        }
        String rest = arn.substring(ARN_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    @Override
    public boolean exists(String arn) {
        String name = bucketOf(arn);
        return name != null && buckets.find(name) != null;
    }

    @Override
    public Uni<Void> deliver(String arn, Outbound message) {
        return Uni.createFrom().deferred(() -> {
            S3Bucket bucket = buckets.require(bucketOf(arn));
            String key = message.subject() != null ? message.subject() : UUID.randomUUID().toString();
            return blobs.write(message.body().getBytes(StandardCharsets.UTF_8)).map(w -> {
                ObjectVersion draft = new ObjectVersion(null, false, w.id(), w.size(), w.md5(), Instant.now(),
                        new ContentHeaders("application/json", null, null, null, null, null), null, null, null,
                        new Checksum("CRC64NVME", w.crc64nvme(), "FULL_OBJECT"), null, null, null);
                ObjectVersion v;
                try {
                    v = versions.put(buckets.require(bucket.name()), key, draft, null);
                } catch (RuntimeException e) {
                    blobs.delete(List.of(w.id()));
                    throw e;
                }
                String requestId = UUID.randomUUID().toString();
                notifier.publish(new S3Event("ObjectCreated:Put", bucket.region(), bucket.accountId(), bucket.name(),
                        key, v.size(), v.etag(), bucket.versioned() ? v.versionId() : null, v.sequencer(), requestId,
                        "127.0.0.1", "PutObject"));
                return null;
            });
        }).replaceWithVoid();
    }
}
