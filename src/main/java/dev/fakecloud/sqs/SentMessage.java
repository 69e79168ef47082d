package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * What was sent to a queue: written once when the message arrives and never again, so that receiving, re-timing
 * and deleting it never rewrite its body. How it is being delivered is a {@link Delivery}.
 *
 * @param order arrival order within the queue (standard queues hand out oldest first, FIFO queues keep it per
 *     group); a message moved from another queue gets a new one
 * @param availableAt when the message first becomes visible (after its delay)
 */
@RegisterForReflection
public record SentMessage(long order, String id, String body, Map<String, MessageAttributeValue> attributes,
        Map<String, MessageAttributeValue> systemAttributes, String md5OfBody, String md5OfAttributes,
        String md5OfSystemAttributes, long sentTimestamp, String senderId, String groupId, String deduplicationId,
        String sequenceNumber, String deadLetterSourceArn, long availableAt) {

    public SentMessage {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        systemAttributes = systemAttributes == null ? Map.of() : Map.copyOf(systemAttributes);
    }

    /** The same message placed in another queue: its own order there, and a sequence number of that queue. */
    SentMessage placed(long newOrder, String newSequenceNumber, String sourceArn, long now) {
        return new SentMessage(newOrder, id, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, sentTimestamp, senderId, groupId, deduplicationId, newSequenceNumber, sourceArn,
                now);
    }
}
