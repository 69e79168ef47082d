package dev.fakecloud.sns;

import dev.fakecloud.sns.delivery.DeliveryLog;
import dev.fakecloud.sns.delivery.DeliveryTopic;
import dev.fakecloud.sns.delivery.Fanout;
import dev.fakecloud.sns.model.Notification;
import dev.fakecloud.sns.model.SnsShapes.BatchResultErrorEntry;
import dev.fakecloud.sns.model.SnsShapes.PublishBatchRequest;
import dev.fakecloud.sns.model.SnsShapes.PublishBatchRequestEntry;
import dev.fakecloud.sns.model.SnsShapes.PublishBatchResult;
import dev.fakecloud.sns.model.SnsShapes.PublishBatchResultEntry;
import dev.fakecloud.sns.model.SnsShapes.PublishRequest;
import dev.fakecloud.sns.model.SnsShapes.PublishResult;
import dev.fakecloud.sns.model.SnsSubscription;
import dev.fakecloud.sns.model.SnsTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Publish and PublishBatch: to a topic (standard or FIFO, with deduplication and sequence numbers), to a platform
 * endpoint, or to a phone number. A publish is answered once the message is accepted; delivery to the subscribers
 * goes on without the publisher.
 */
@ApplicationScoped
public class PublishService {

    private static final Pattern PHONE = Pattern.compile("\\+?[1-9][0-9]{1,14}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final TopicService topics;
    private final SubscriptionStore subscriptions;
    private final FifoTopics fifo;
    private final Fanout fanout;
    private final PlatformService platforms;
    private final DeliveryLog log;

    public PublishService(TopicService topics, SubscriptionStore subscriptions, FifoTopics fifo, Fanout fanout,
            PlatformService platforms, DeliveryLog log) {
        this.topics = topics;
        this.subscriptions = subscriptions;
        this.fifo = fifo;
        this.fanout = fanout;
        this.platforms = platforms;
        this.log = log;
    }

    public PublishResult publish(SnsCall call, PublishRequest req) {
        if (req.phoneNumber() != null && req.topicArn() == null && req.targetArn() == null) {
            return sms(req);
        }
        if (req.topicArn() != null && req.targetArn() != null) {
            throw SnsErrors.invalidParameter("TopicArn or TargetArn",
                    "Only one of TopicArn or TargetArn may be specified");
        }
        String parameter = req.topicArn() != null ? "TopicArn" : "TargetArn";
        String arn = req.topicArn() != null ? req.topicArn() : req.targetArn();
        if (arn == null) {
            throw SnsErrors.invalidParameter("TopicArn or TargetArn", "no value for required parameter");
        }
        if (parameter.equals("TargetArn") && SnsArns.parts(arn, parameter)[5].startsWith("endpoint/")) {
            MessageDraft draft = MessageValidator.draft(req.message(), req.subject(), req.messageStructure(),
                    req.messageAttributes(), null, null, "");
            return new PublishResult(platforms.publish(call, arn, draft), null);
        }
        SnsTopic topic = topics.require(call, arn, parameter);
        MessageDraft draft = MessageValidator.draft(req.message(), req.subject(), req.messageStructure(),
                req.messageAttributes(), req.messageGroupId(), req.messageDeduplicationId(), "");
        return publish(topic, fifoChecked(topic, draft), call.baseUrl());
    }

    private PublishResult sms(PublishRequest req) {
        if (!PHONE.matcher(req.phoneNumber()).matches()) {
            throw SnsErrors.invalidParameter("PhoneNumber", req.phoneNumber() + " is not valid to publish to");
        }
        MessageDraft draft = MessageValidator.draft(req.message(), req.subject(), req.messageStructure(),
                req.messageAttributes(), null, null, "");
        String id = UUID.randomUUID().toString();
        log.outbox(new DeliveryLog.OutboxMessage("sms", req.phoneNumber(), null, id, null,
                draft.perProtocol().getOrDefault("sms", draft.message()), Instant.now()));
        return new PublishResult(id, null);
    }

    /** FIFO topics need a group and a deduplication id (given, or the message's SHA-256); standard topics refuse one. */
    private static MessageDraft fifoChecked(SnsTopic topic, MessageDraft draft) {
        if (!topic.fifo()) {
            if (draft.deduplicationId() != null) {
                throw SnsErrors.invalidParameter("MessageDeduplicationId", "The request includes "
                        + "MessageDeduplicationId parameter that is not valid for this topic type");
            }
            return draft;
        }
        if (draft.groupId() == null) {
            throw SnsErrors.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        if (draft.deduplicationId() != null) {
            return draft;
        }
        if (!topic.contentBasedDeduplication()) {
            throw SnsErrors.invalidParameter("The topic should either have ContentBasedDeduplication enabled or "
                    + "MessageDeduplicationId provided explicitly");
        }
        return new MessageDraft(draft.message(), draft.perProtocol(), draft.subject(), draft.attributes(),
                draft.groupId(), sha256(draft.message()));
    }

    /** Accepts a checked message for the topic and starts its deliveries. */
    PublishResult publish(SnsTopic topic, MessageDraft draft, String serviceUrl) {
        List<SnsSubscription> subscribers = subscriptions.ofTopic(topic.arn());
        boolean web = subscribers.stream().anyMatch(s -> s.protocol().startsWith("http"));
        DeliveryTopic delivery = new DeliveryTopic(topic.arn(), topic.fifo(),
                web ? TopicAttributes.effectiveHttpPolicy(topic) : null);
        String signatureVersion = topic.attribute("SignatureVersion") == null ? "1" : topic.attribute("SignatureVersion");
        if (!topic.fifo()) {
            Notification n = notification(topic, draft, UUID.randomUUID().toString(), null, signatureVersion,
                    serviceUrl);
            fanout.publish(delivery, n, subscribers);
            return new PublishResult(n.messageId(), null);
        }
        FifoTopics.State state = fifo.of(topic.arn());
        synchronized (state) {
            long now = System.currentTimeMillis();
            FifoTopics.Accepted earlier = state.duplicate(draft.deduplicationId(), now);
            if (earlier != null) {
                return new PublishResult(earlier.messageId(), earlier.sequenceNumber());
            }
            FifoTopics.Accepted accepted = new FifoTopics.Accepted(UUID.randomUUID().toString(),
                    state.nextSequenceNumber());
            state.remember(draft.deduplicationId(), accepted, now);
            fanout.publish(delivery, notification(topic, draft, accepted.messageId(), accepted.sequenceNumber(),
                    signatureVersion, serviceUrl), subscribers);
            return new PublishResult(accepted.messageId(), accepted.sequenceNumber());
        }
    }

    private static Notification notification(SnsTopic topic, MessageDraft d, String id, String sequenceNumber,
            String signatureVersion, String serviceUrl) {
        return new Notification(id, topic.arn(), d.subject(), d.message(), d.perProtocol(), d.attributes(),
                Instant.now(), d.groupId(), d.deduplicationId(), sequenceNumber, signatureVersion, serviceUrl);
    }

    public PublishBatchResult publishBatch(SnsCall call, PublishBatchRequest req) {
        SnsTopic topic = topics.require(call, req.topicArn(), "TopicArn");
        List<PublishBatchRequestEntry> entries = req.publishBatchRequestEntries() == null ? List.of()
                : req.publishBatchRequestEntries();
        if (entries.isEmpty()) {
            throw SnsErrors.emptyBatch();
        }
        if (entries.size() > 10) {
            throw SnsErrors.tooManyEntries();
        }
        Set<String> ids = new HashSet<>();
        long total = 0;
        for (PublishBatchRequestEntry e : entries) {
            checkId(e.id());
            if (!ids.add(e.id())) {
                throw SnsErrors.batchIdsNotDistinct();
            }
            total += e.message() == null ? 0 : e.message().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > MessageValidator.MAX_SIZE) {
            throw SnsErrors.batchTooLong();
        }
        List<MessageDraft> drafts = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PublishBatchRequestEntry e = entries.get(i);
            if (e.message() != null && e.message().isEmpty()) {
                failed.add(new BatchResultErrorEntry(e.id(), "InvalidParameter", "Invalid parameter: Empty message",
                        true));
                drafts.add(null);
                continue;
            }
            MessageDraft draft = MessageValidator.draft(e.message(), e.subject(), e.messageStructure(),
                    e.messageAttributes(), e.messageGroupId(), e.messageDeduplicationId(),
                    "publishBatchRequestEntries." + (i + 1) + ".member.");
            drafts.add(fifoChecked(topic, draft));
        }
        List<PublishBatchResultEntry> successful = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (drafts.get(i) != null) {
                PublishResult r = publish(topic, drafts.get(i), call.baseUrl());
                successful.add(new PublishBatchResultEntry(entries.get(i).id(), r.messageId(), r.sequenceNumber()));
            }
        }
        return new PublishBatchResult(successful, failed);
    }

    private static void checkId(String id) {
        if (id == null) {
            throw SnsErrors.required("publishBatchRequestEntries.member.id");
        }
        if (id.length() > 80) {
            throw SnsErrors.invalidBatchEntryId("The Id of a batch entry in the batch request is too long: " + id);
        }
        if (id.isEmpty() || !BATCH_ID.matcher(id).matches()) {
            throw SnsErrors.invalidBatchEntryId(
                    "The Id of a batch entry in the batch request contains an impermissible character: " + id);
        }
    }

    static String sha256(String message) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
