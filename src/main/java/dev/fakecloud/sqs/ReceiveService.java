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
        int wait = req.waitTimeSeconds() != null ? req.waitTimeSeconds()
                : queue.intAttribute("ReceiveMessageWaitTimeSeconds");
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
        return Uni.createFrom().completionStage(longPolls.park(queue, wait * 1000L, () -> attempt(queue, req, max),
                new ReceiveMessageResult(null)));
    }

    /** Messages now, or null when there are none. Used by event source mappings too. */
    ReceiveMessageResult attempt(SqsQueue queue, ReceiveMessageRequest req, int max) {
        int visibility = req.visibilityTimeout() != null ? req.visibilityTimeout()
                : queue.intAttribute("VisibilityTimeout");
        RedrivePolicy redrive = RedrivePolicy.parse(queue.attribute("RedrivePolicy"));
        SqsQueue.Receipt receipt = queue.receive(max, visibility, redrive == null ? 0 : redrive.maxReceiveCount(),
                System.currentTimeMillis());
        if (!receipt.deadLettered().isEmpty()) {
            SqsQueue dlq = store.byArn(redrive.deadLetterTargetArn());
            if (dlq != null) {
                for (SqsMessage m : receipt.deadLettered()) {
                    dlq.adopt(m.movedTo(queue.arn, System.currentTimeMillis(), null));
                }
                deliveries.arrived(dlq);
            }
        }
        if (receipt.received().isEmpty()) {
            return null;
        }
        deliveries.visibleAt(queue, System.currentTimeMillis() + visibility * 1000L);
        Set<String> systemNames = new HashSet<>();
        if (req.attributeNames() != null) {
            systemNames.addAll(req.attributeNames());
        }
        if (req.messageSystemAttributeNames() != null) {
            systemNames.addAll(req.messageSystemAttributeNames());
        }
        List<String> attributeNames = req.messageAttributeNames() == null ? List.of() : req.messageAttributeNames();
        List<Message> out = new ArrayList<>();
        for (SqsMessage m : receipt.received()) {
            Map<String, MessageAttributeValue> attrs = filterAttributes(m.attributes, attributeNames);
            Map<String, String> system = systemAttributes(m, systemNames);
            out.add(new Message(m.id, m.receiptHandle, m.md5OfBody, m.body, system.isEmpty() ? null : system,
                    attrs.isEmpty() ? null : MessageMd5.ofAttributes(attrs), attrs.isEmpty() ? null : attrs));
        }
        return new ReceiveMessageResult(out);
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

    private static Map<String, String> systemAttributes(SqsMessage m, Set<String> names) {
        boolean all = names.contains("All");
        Map<String, String> out = new LinkedHashMap<>();
        if (all || names.contains("SenderId")) {
            out.put("SenderId", m.senderId);
        }
        if (all || names.contains("SentTimestamp")) {
            out.put("SentTimestamp", Long.toString(m.sentTimestamp));
        }
        if (all || names.contains("ApproximateReceiveCount")) {
            out.put("ApproximateReceiveCount", Integer.toString(m.receiveCount));
        }
        if (all || names.contains("ApproximateFirstReceiveTimestamp")) {
            out.put("ApproximateFirstReceiveTimestamp", Long.toString(m.firstReceiveTimestamp));
        }
        if (m.sequenceNumber != null && (all || names.contains("SequenceNumber"))) {
            out.put("SequenceNumber", m.sequenceNumber);
        }
        if (m.groupId != null && (all || names.contains("MessageGroupId"))) {
            out.put("MessageGroupId", m.groupId);
        }
        if (m.deduplicationId != null && (all || names.contains("MessageDeduplicationId"))) {
            out.put("MessageDeduplicationId", m.deduplicationId);
        }
        MessageAttributeValue trace = m.systemAttributes.get("AWSTraceHeader");
        if (trace != null && (all || names.contains("AWSTraceHeader"))) {
            out.put("AWSTraceHeader", trace.stringValue());
        }
        if (m.deadLetterSourceArn != null && (all || names.contains("DeadLetterQueueSourceArn"))) {
            out.put("DeadLetterQueueSourceArn", m.deadLetterSourceArn);
        }
        return out;
    }
}
