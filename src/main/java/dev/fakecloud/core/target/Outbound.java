package dev.fakecloud.core.target;

import java.util.Map;

/**
 * A message one service hands another, addressed by ARN: a Lambda destination record going to a queue, an SNS
 * notification going to a function, an EventBridge event going to a topic. Each kind of target uses the members
 * that apply to it and ignores the rest.
 *
 * @param body the message body (a queue's message, a topic's message, a function's payload, an event's detail)
 * @param attributes message attributes (SQS and SNS), by name; empty when none
 * @param subject an SNS subject, or the key an S3 bucket keeps the message under (null: one of S3's choosing)
 * @param groupId the message group of FIFO queues and topics, or null
 * @param deduplicationId the deduplication id of FIFO queues and topics, or null
 * @param event what an EventBridge bus needs besides the detail, or null
 * @param origin who sends it, as the receiving side records it (e.g. {@code aws:sns}, {@code aws:events})
 */
public record Outbound(String body, Map<String, Attribute> attributes, String subject, String groupId,
        String deduplicationId, Event event, String origin) {

    public Outbound {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A plain body with no attributes. */
    public static Outbound of(String body, String origin) {
        return new Outbound(body, Map.of(), null, null, null, null, origin);
    }

    /** One message attribute: {@code String}, {@code Number} or {@code Binary} (optionally with a custom suffix). */
    public record Attribute(String dataType, String stringValue, byte[] binaryValue) {

        public static Attribute string(String value) {
            return new Attribute("String", value, null);
        }

        public static Attribute number(String value) {
            return new Attribute("Number", value, null);
        }
    }

    /** The envelope fields of an EventBridge event; the detail is the body. */
    public record Event(String source, String detailType, java.util.List<String> resources) {
    }
}
