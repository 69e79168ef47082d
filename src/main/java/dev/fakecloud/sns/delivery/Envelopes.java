package dev.fakecloud.sns.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.sns.model.Notification;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import dev.fakecloud.sns.model.SnsSubscription;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * The JSON documents SNS delivers, member for member in AWS's order: the notification envelope (queues, HTTP/S,
 * email-json, dead-letter queues), the Lambda event ({@code Records[].Sns}), and the subscription and unsubscribe
 * confirmations.
 */
public final class Envelopes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Envelopes() {
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    public static String unsubscribeUrl(String serviceUrl, String subscriptionArn) {
        return serviceUrl + "/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn;
    }

    public static String subscribeUrl(String serviceUrl, String topicArn, String token) {
        return serviceUrl + "/?Action=ConfirmSubscription&TopicArn=" + topicArn + "&Token=" + token;
    }

    static String signingCertUrl(String serviceUrl) {
        return serviceUrl + Signer.CERT_PATH;
    }

    /** The notification as queues, HTTP/S endpoints and email-json receive it. */
    public static String notification(Notification n, SnsSubscription sub) {
        String message = n.messageFor(sub.protocol());
        ObjectNode doc = JSON.createObjectNode();
        doc.put("Type", "Notification");
        doc.put("MessageId", n.messageId());
        if (n.fifo()) {
            doc.put("SequenceNumber", n.sequenceNumber());
        }
        doc.put("TopicArn", n.topicArn());
        if (n.subject() != null) {
            doc.put("Subject", n.subject());
        }
        doc.put("Message", message);
        String timestamp = timestamp(n.timestamp());
        doc.put("Timestamp", timestamp);
        if (!n.fifo()) {
            doc.put("SignatureVersion", n.signatureVersion());
            doc.put("Signature", Signer.sign(n.signatureVersion(), Signer.notification(message, n.messageId(),
                    n.subject(), timestamp, n.topicArn())));
            doc.put("SigningCertURL", signingCertUrl(n.serviceUrl()));
        }
        doc.put("UnsubscribeURL", unsubscribeUrl(n.serviceUrl(), sub.arn()));
        if (!n.attributes().isEmpty()) {
            doc.set("MessageAttributes", attributes(n.attributes()));
        }
        return doc.toString();
    }

    /** The event a subscribed function is invoked with. */
    public static String lambdaEvent(Notification n, SnsSubscription sub) {
        String message = n.messageFor("lambda");
        String timestamp = timestamp(n.timestamp());
        ObjectNode sns = JSON.createObjectNode();
        sns.put("Type", "Notification");
        sns.put("MessageId", n.messageId());
        sns.put("TopicArn", n.topicArn());
        sns.put("Subject", n.subject());
        sns.put("Message", message);
        sns.put("Timestamp", timestamp);
        sns.put("SignatureVersion", "1");
        sns.put("Signature", Signer.sign(n.signatureVersion(), Signer.notification(message, n.messageId(),
                n.subject(), timestamp, n.topicArn())));
        sns.put("SigningCertUrl", signingCertUrl(n.serviceUrl()));
        sns.put("UnsubscribeUrl", unsubscribeUrl(n.serviceUrl(), sub.arn()));
        sns.set("MessageAttributes", attributes(n.attributes()));
        ObjectNode record = JSON.createObjectNode();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", sub.arn());
        record.set("Sns", sns);
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        records.add(record);
        return event.toString();
    }

    /** A SubscriptionConfirmation or UnsubscribeConfirmation. */
    public static String confirmation(String type, String messageId, String token, String topicArn,
            String subscriptionArn, String serviceUrl, Instant at) {
        String message = type.equals("SubscriptionConfirmation")
                ? "You have chosen to subscribe to the topic " + topicArn
                        + ".\nTo confirm the subscription, visit the SubscribeURL included in this message."
                : "You have chosen to deactivate subscription " + subscriptionArn
                        + ".\nTo cancel this operation and restore the subscription, visit the SubscribeURL included"
                        + " in this message.";
        String subscribeUrl = subscribeUrl(serviceUrl, topicArn, token);
        String timestamp = timestamp(at);
        ObjectNode doc = JSON.createObjectNode();
        doc.put("Type", type);
        doc.put("MessageId", messageId);
        doc.put("Token", token);
        doc.put("TopicArn", topicArn);
        doc.put("Message", message);
        doc.put("SubscribeURL", subscribeUrl);
        doc.put("Timestamp", timestamp);
        doc.put("SignatureVersion", "1");
        doc.put("Signature", Signer.sign("1", Signer.confirmation(message, messageId, subscribeUrl, timestamp, token,
                topicArn, type)));
        doc.put("SigningCertURL", signingCertUrl(serviceUrl));
        return doc.toString();
    }

    private static ObjectNode attributes(Map<String, MessageAttributeValue> attributes) {
        ObjectNode out = JSON.createObjectNode();
        attributes.forEach((name, a) -> {
            ObjectNode v = out.putObject(name);
            v.put("Type", a.dataType());
            v.put("Value", a.binaryValue() != null ? Base64.getEncoder().encodeToString(a.binaryValue())
                    : a.stringValue());
        });
        return out;
    }
}
