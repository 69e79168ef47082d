package dev.fakecloud.s3.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.Hashes;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.s3.model.NotificationConfig;
import dev.fakecloud.s3.model.NotificationConfig.Destination;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.BucketStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends a bucket's events where its notification configuration says: each matching queue, topic or function gets
 * the event once, as S3's {@code {"Records":[...]}} (functions through the asynchronous invocation path, recorded
 * with source {@code aws:s3}); with EventBridge enabled, the default bus gets S3's "Object Created" or "Object
 * Deleted" event. Never in the caller's way: deliveries run after the reply's change and their failures are logged.
 */
@ApplicationScoped
public class S3Notifier {

    private static final Logger LOG = Logger.getLogger(S3Notifier.class);
    static final String ORIGIN = "aws:s3";

    private final BucketStore buckets;
    private final Targets targets;
    private final ObjectMapper mapper;

    public S3Notifier(BucketStore buckets, Targets targets, ObjectMapper mapper) {
        this.buckets = buckets;
        this.targets = targets;
        this.mapper = mapper;
    }

    public void publish(S3Event event) {
        S3Bucket bucket = buckets.get(event.bucket());
        if (bucket == null) {
            return;
        }
        NotificationConfig config = bucket.notifications();
        for (Destination d : config.destinations()) {
            if (EventMatching.wants(d, event)) {
                send(d.arn(), Outbound.of(json(new EventRecords.Envelope(List.of(record(event, d.id())))), ORIGIN));
            }
        }
        if (config.eventBridge() && (event.created() || event.eventName().startsWith("ObjectRemoved:"))) {
            sendToBus(event);
        }
    }

    private void sendToBus(S3Event event) {
        boolean created = event.created();
        String deletion = created ? null : event.eventName().endsWith("DeleteMarkerCreated")
                ? "Delete Marker Created" : "Permanently Deleted";
        EventRecords.Detail detail = new EventRecords.Detail("0", new EventRecords.DetailBucket(event.bucket()),
                new EventRecords.DetailObject(event.key(), created ? event.size() : null, event.etag(),
                        event.versionId(), event.sequencer()),
                event.requestId(), event.accountId(), event.sourceIp(), event.reason(), deletion);
        String bus = "arn:aws:events:" + event.region() + ":" + event.accountId() + ":event-bus/default";
        Outbound.Event envelope = new Outbound.Event("aws.s3", created ? "Object Created" : "Object Deleted",
                List.of("arn:aws:s3:::" + event.bucket()));
        send(bus, new Outbound(json(detail), null, null, null, null, envelope, ORIGIN));
    }

    /** The test event S3 sends a queue or topic when a configuration naming it is saved. */
    public void sendTestEvent(String arn, String bucket, String requestId) {
        send(arn, Outbound.of(json(new EventRecords.TestEvent("Amazon S3", "s3:TestEvent", now(), bucket,
                requestId, requestId)), ORIGIN));
    }

    private void send(String arn, Outbound message) {
        targets.deliver(arn, message).subscribe().with(ignored -> {
        }, failure -> LOG.warnf("S3 event for %s not delivered: %s", arn, failure.getMessage()));
    }

    private EventRecords.EventRecord record(S3Event e, String configurationId) {
        EventRecords.Principal owner = new EventRecords.Principal(principal(e.accountId()));
        EventRecords.S3Object object = new EventRecords.S3Object(encodeKey(e.key()), e.created() ? e.size() : null,
                e.etag(), e.versionId(), e.sequencer());
        return new EventRecords.EventRecord("2.1", ORIGIN, e.region(), now(), e.eventName(),
                new EventRecords.Principal("AWS:" + principal(e.accountId())),
                new EventRecords.RequestParameters(e.sourceIp()),
                new EventRecords.ResponseElements(e.requestId(), Hashes.sha256Hex(e.requestId())),
                new EventRecords.Entity("1.0", configurationId, new EventRecords.Bucket(e.bucket(), owner,
                        "arn:aws:s3:::" + e.bucket()), object));
    }

    /** Keys in events are URL-encoded as S3 does it: form encoding (a space is {@code +}), slashes kept. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String principal(String accountId) {
        return "A" + Hashes.sha256Hex(accountId).substring(0, 13).toUpperCase();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An S3 event cannot be written", e);
        }
    }
}
