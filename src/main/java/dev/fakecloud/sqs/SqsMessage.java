package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import java.util.Map;

/**
 * One message in a queue. The immutable part is what was sent; the delivery state (visibility, receive count,
 * current receipt handle) is changed only under the owning {@link SqsQueue}'s lock.
 */
final class SqsMessage {

    final String id;
    final String body;
    final Map<String, MessageAttributeValue> attributes;
    final Map<String, MessageAttributeValue> systemAttributes;
    final String md5OfBody;
    final String md5OfAttributes;
    final String md5OfSystemAttributes;
    final long sentTimestamp;
    final String senderId;
    final String groupId;
    final String deduplicationId;
    final String sequenceNumber;
    final String deadLetterSourceArn;

    long visibleAt;
    int receiveCount;
    long firstReceiveTimestamp;
    String receiptHandle;

    SqsMessage(String id, String body, Map<String, MessageAttributeValue> attributes,
            Map<String, MessageAttributeValue> systemAttributes, long sentTimestamp, String senderId, String groupId,
            String deduplicationId, String sequenceNumber, String deadLetterSourceArn, long visibleAt) {
        this.id = id;
        this.body = body;
        this.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        this.systemAttributes = systemAttributes == null ? Map.of() : Map.copyOf(systemAttributes);
        this.md5OfBody = MessageMd5.ofBody(body);
        this.md5OfAttributes = MessageMd5.ofAttributes(this.attributes);
        this.md5OfSystemAttributes = MessageMd5.ofAttributes(this.systemAttributes);
        this.sentTimestamp = sentTimestamp;
        this.senderId = senderId;
        this.groupId = groupId;
        this.deduplicationId = deduplicationId;
        this.sequenceNumber = sequenceNumber;
        this.deadLetterSourceArn = deadLetterSourceArn;
        this.visibleAt = visibleAt;
    }

    /** A copy for another queue (dead-letter move): same id, body and attributes; delivery state starts over. */
    SqsMessage movedTo(String sourceArn, long now, String newSequenceNumber) {
        SqsMessage copy = new SqsMessage(id, body, attributes, systemAttributes, sentTimestamp, senderId, groupId,
                deduplicationId, newSequenceNumber, sourceArn, now);
        copy.receiveCount = receiveCount;
        copy.firstReceiveTimestamp = firstReceiveTimestamp;
        return copy;
    }

    /** A copy redriven by a message move task: delivered afresh, with its receive count starting over. */
    SqsMessage redriven(long now) {
        return new SqsMessage(id, body, attributes, systemAttributes, sentTimestamp, senderId, groupId,
                deduplicationId, null, null, now);
    }

    boolean inFlight(long now) {
        return receiptHandle != null && visibleAt > now;
    }

    /** Size as SQS counts it against MaximumMessageSize: body plus attribute names, types and values. */
    static long size(String body, Map<String, MessageAttributeValue> attributes) {
        long size = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (attributes != null) {
            for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
                size += e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                MessageAttributeValue v = e.getValue();
                if (v == null) {
                    continue;
                }
                size += v.dataType() == null ? 0 : v.dataType().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                size += v.stringValue() == null ? 0 : v.stringValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                size += v.binaryValue() == null ? 0 : v.binaryValue().length;
            }
        }
        return size;
    }
}
