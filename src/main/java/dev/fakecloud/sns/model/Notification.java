package dev.fakecloud.sns.model;

import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import java.time.Instant;
import java.util.Map;

/**
 * One published message on its way to a topic's subscribers.
 *
 * @param message the default message
 * @param perProtocol the messages of a {@code MessageStructure=json} publish, by protocol; empty otherwise
 * @param attributes the message attributes, validated, in the order given
 * @param deduplicationId a FIFO topic's deduplication id (given, or the SHA-256 of the message), else null
 * @param sequenceNumber a FIFO topic's sequence number, else null
 * @param serviceUrl where fakecloud is reached, for the UnsubscribeURL and SigningCertURL
 */
public record Notification(String messageId, String topicArn, String subject, String message,
        Map<String, String> perProtocol, Map<String, MessageAttributeValue> attributes, Instant timestamp,
        String groupId, String deduplicationId, String sequenceNumber, String signatureVersion, String serviceUrl) {

    /** The message a subscriber of {@code protocol} gets. */
    public String messageFor(String protocol) {
        return perProtocol.getOrDefault(protocol, message);
    }

    public boolean fifo() {
        return sequenceNumber != null;
    }
}
