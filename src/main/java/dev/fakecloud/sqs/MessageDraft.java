package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import java.util.Map;

/** A validated message about to be added to a queue, with the digests its send reports. */
record MessageDraft(String body, Map<String, MessageAttributeValue> attributes,
        Map<String, MessageAttributeValue> systemAttributes, Integer delaySeconds, String groupId,
        String deduplicationId, String senderId, String md5OfBody, String md5OfAttributes,
        String md5OfSystemAttributes) {

    static MessageDraft of(String body, Map<String, MessageAttributeValue> attributes,
            Map<String, MessageAttributeValue> systemAttributes, Integer delaySeconds, String groupId,
            String deduplicationId, String senderId) {
        return new MessageDraft(body, attributes, systemAttributes, delaySeconds, groupId, deduplicationId, senderId,
                MessageMd5.ofBody(body), MessageMd5.ofAttributes(attributes), MessageMd5.ofAttributes(systemAttributes));
    }

    SentMessage toSent(long order, String id, long now, long availableAt, String sequenceNumber) {
        return new SentMessage(order, id, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, now, senderId, groupId, deduplicationId, sequenceNumber, null, availableAt);
    }

    /** What the send reports: the message that stands for it (the earlier one for a duplicate), this send's digests. */
    Accepted accepted(String messageId, String sequenceNumber, long visibleAt) {
        return new Accepted(messageId, sequenceNumber, md5OfBody, md5OfAttributes, md5OfSystemAttributes, visibleAt);
    }

    /**
     * A send the queue took (or recognised as a duplicate).
     *
     * @param visibleAt when the message becomes visible; 0 for a duplicate
     */
    record Accepted(String messageId, String sequenceNumber, String md5OfBody, String md5OfAttributes,
            String md5OfSystemAttributes, long visibleAt) {
    }
}
