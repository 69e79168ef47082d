package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.Message;
import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import dev.fakecloud.sqs.model.SqsShapes.ReceiveMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.ReceiveMessageResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** ReceiveMessage: short and long polls, visibility, system attributes and dead-lettering. */
@ApplicationScoped
public class ReceiveService {

    private final QueueService queues;
    private final QueueStore store;
    private final LongPolls longPolls;
    private final Deliveries deliveries;

    public ReceiveService(QueueService queues, QueueStore store, LongPolls longPolls, Deliveries deliveries) {
        this.queues = queues;
        this.store = store;
        this.longPolls = longPolls;
        this.deliveries = deliveries;
    }

    public Uni<ReceiveMessageResult> receive(SqsCall call, ReceiveMessageRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        int max = req.maxNumberOfMessages() == null ? 1 : req.maxNumberOfMessages();
        if (max < 1 || max > 10) {
            throw SqsErrors.invalidParameter(max, "MaxNumberOfMessages", "Must be between 1 and 10, if provided.");
        }
        int wait = req.waitTimeSeconds() != null ? req.waitTimeSeconds() : queue.settings().receiveWaitSeconds();
        if (wait < 0 || wait > 20) {
            throw SqsErrors.invalidParameter(wait, "WaitTimeSeconds", "Must be >= 0 and <= 20, if provided.");
        }
        Integer visibility = req.visibilityTimeout();
        if (visibility != null && (visibility < 0 || visibility > 43_200)) {
            throw SqsErrors.invalidParameter(visibility, "VisibilityTimeout",
                    "Must be >= 0 and <= 43200, if provided.");
        }
        ReceiveMessageResult now = attempt(queue, req, max);
        if (now != null || wait == 0) {
            return Uni.createFrom().item(now != null ? now : new ReceiveMessageResult(null));
        }
        CompletableFuture<ReceiveMessageResult> parked = longPolls.park(queue, wait * 1000L,
                () -> attempt(queue, req, max), new ReceiveMessageResult(null));
        deliveries.watch(queue);
        return Uni.createFrom().completionStage(parked);
    }

    /** Messages now, or null when there are none. Used by event source mappings too. */
    ReceiveMessageResult attempt(SqsQueue queue, ReceiveMessageRequest req, int max) {
        QueueSettings settings = queue.settings();
        int visibility = req.visibilityTimeout() != null ? req.visibilityTimeout() : settings.visibilityTimeout();
        long now = System.currentTimeMillis();
        QueueMessages.Taken taken = queue.receive(max, visibility, settings.maxReceiveCount(), now);
        if (!taken.deadLettered().isEmpty()) {
            deadLetter(queue, settings.redrive(), taken.deadLettered(), now);
        }
        if (taken.received().isEmpty()) {
            return null;
        }
        deliveries.visibleAt(queue, now + visibility * 1000L);
        Set<String> systemNames = new HashSet<>();
        if (req.attributeNames() != null) {
            systemNames.addAll(req.attributeNames());
        }
        if (req.messageSystemAttributeNames() != null) {
            systemNames.addAll(req.messageSystemAttributeNames());
        }
        List<String> attributeNames = req.messageAttributeNames() == null ? List.of() : req.messageAttributeNames();
        List<Message> out = new ArrayList<>(taken.received().size());
        for (QueuedMessage.Snapshot m : taken.received()) {
            SentMessage sent = m.sent();
            Map<String, MessageAttributeValue> attrs = filterAttributes(sent.attributes(), attributeNames);
            Map<String, String> system = systemAttributes(m, systemNames);
            out.add(new Message(sent.id(), m.delivery().receiptHandle(), sent.md5OfBody(), sent.body(),
                    system.isEmpty() ? null : system, attrs.isEmpty() ? null : MessageMd5.ofAttributes(attrs),
                    attrs.isEmpty() ? null : attrs));
        }
        return new ReceiveMessageResult(out);
    }

    /** Moves messages over their receive limit to the dead-letter queue (dropped when it does not exist). */
    private void deadLetter(SqsQueue source, RedrivePolicy redrive, List<QueuedMessage.Snapshot> dead, long now) {
        SqsQueue dlq = redrive == null ? null : store.byArn(redrive.deadLetterTargetArn());
        if (dlq == null) {
            return;
        }
        for (QueuedMessage.Snapshot m : dead) {
            try {
                dlq.adopt(m.sent(), source.arn, m.delivery().receiveCount(), m.delivery().firstReceiveTimestamp(), now);
            } catch (SqsException deleted) {
                return;
            }
        }
        deliveries.arrived(dlq);
    }

    private static Map<String, MessageAttributeValue> filterAttributes(Map<String, MessageAttributeValue> all,
            List<String> names) {
        Map<String, MessageAttributeValue> chosen = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            for (String wanted : names) {
                if (wanted.equals("All") || wanted.equals(".*") || wanted.equals(name)
                        || wanted.endsWith(".*") && name.startsWith(wanted.substring(0, wanted.length() - 1))) {
                    chosen.put(name, value);
                    return;
                }
            }
        });
        return chosen;
    }

    private static Map<String, String> systemAttributes(QueuedMessage.Snapshot received, Set<String> names) {
        SentMessage m = received.sent();
        Delivery d = received.delivery();
        boolean all = names.contains("All");
        Map<String, String> out = new LinkedHashMap<>();
        if (all || names.contains("SenderId")) {
            out.put("SenderId", m.senderId());
        }
        if (all || names.contains("SentTimestamp")) {
            out.put("SentTimestamp", Long.toString(m.sentTimestamp()));
        }
        if (all || names.contains("ApproximateReceiveCount")) {
            out.put("ApproximateReceiveCount", Integer.toString(d.receiveCount()));
        }
        if (all || names.contains("ApproximateFirstReceiveTimestamp")) {
            out.put("ApproximateFirstReceiveTimestamp", Long.toString(d.firstReceiveTimestamp()));
        }
        if (m.sequenceNumber() != null && (all || names.contains("SequenceNumber"))) {
            out.put("SequenceNumber", m.sequenceNumber());
        }
        if (m.groupId() != null && (all || names.contains("MessageGroupId"))) {
            out.put("MessageGroupId", m.groupId());
        }
        if (m.deduplicationId() != null && (all || names.contains("MessageDeduplicationId"))) {
            out.put("MessageDeduplicationId", m.deduplicationId());
        }
        MessageAttributeValue trace = m.systemAttributes().get("AWSTraceHeader");
        if (trace != null && (all || names.contains("AWSTraceHeader"))) {
            out.put("AWSTraceHeader", trace.stringValue());
        }
        if (m.deadLetterSourceArn() != null && (all || names.contains("DeadLetterQueueSourceArn"))) {
            out.put("DeadLetterQueueSourceArn", m.deadLetterSourceArn());
        }
        return out;
    }
}
