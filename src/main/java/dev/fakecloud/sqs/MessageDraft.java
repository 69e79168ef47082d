package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import java.util.Map;
import java.util.UUID;

/** A validated message about to be added to a queue. */
record MessageDraft(String body, Map<String, MessageAttributeValue> attributes,
        Map<String, MessageAttributeValue> systemAttributes, Integer delaySeconds, String groupId,
        String deduplicationId, String senderId) {

    SqsMessage toMessage(long visibleAt, String sequenceNumber) {
        long now = System.currentTimeMillis();
        return new SqsMessage(UUID.randomUUID().toString(), body, attributes, systemAttributes, now, senderId, groupId,
                deduplicationId, sequenceNumber, null, visibleAt);
    }

    /** What a deduplicated send reports: the earlier message's id and sequence number, this send's digests. */
    SqsMessage duplicateOf(SqsMessage earlier) {
        return new SqsMessage(earlier.id, body, attributes, systemAttributes, earlier.sentTimestamp, senderId, groupId,
                deduplicationId, earlier.sequenceNumber, null, earlier.visibleAt);
    }
}
