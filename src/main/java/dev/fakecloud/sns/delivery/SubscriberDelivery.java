package dev.fakecloud.sns.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.sns.model.Notification;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import dev.fakecloud.sns.model.SnsSubscription;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers one message to one subscription as its protocol wants it: queues through {@link Targets} (the envelope,
 * or the bare message with its attributes as SQS message attributes when raw; group and deduplication ids for FIFO
 * queues), functions through {@link Targets} (an asynchronous invoke with the {@code Records[].Sns} event), HTTP/S
 * endpoints by POST with SNS's headers; SMS, email and mobile push are kept in the {@link DeliveryLog}'s outbox.
 * Failed attempts are retried per {@link RetrySchedule}; a message that still cannot be delivered goes to the
 * subscription's dead-letter queue when it has one, and is counted and logged either way. The returned Uni never
 * fails.
 */
@ApplicationScoped
public class SubscriberDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "aws:sns";

    private final Targets targets;
    private final HttpDelivery http;
    private final DeliveryLog log;

    public SubscriberDelivery(Targets targets, HttpDelivery http, DeliveryLog log) {
        this.targets = targets;
        this.http = http;
        this.log = log;
    }

    Uni<Void> deliver(DeliveryTopic topic, SnsSubscription sub, Notification n) {
        AtomicInteger attempts = new AtomicInteger();
        boolean web = sub.protocol().equals("http") || sub.protocol().equals("https");
        RetrySchedule schedule = web ? RetrySchedule.http(HttpPolicies.retryPolicy(topic.httpPolicy(), sub))
                : RetrySchedule.MANAGED;
        return Retries.run(() -> once(topic, sub, n), schedule, SubscriberDelivery::permanent, attempts, log::retried)
                .onItem().invoke(log::delivered)
                .onFailure().recoverWithUni(error -> deadLetter(topic, sub, n, error, attempts.get()));
    }

    private Uni<Void> once(DeliveryTopic topic, SnsSubscription sub, Notification n) {
        return switch (sub.protocol()) {
            case "sqs" -> targets.deliver(sub.endpoint(), queueMessage(topic, sub.endpoint(), sub, n));
            case "lambda" -> targets.deliver(sub.endpoint(), Outbound.of(Envelopes.lambdaEvent(n, sub), ORIGIN));
            case "firehose" -> targets.deliver(sub.endpoint(), Outbound.of(sub.raw() ? n.messageFor("firehose")
                    : Envelopes.notification(n, sub), ORIGIN));
            case "http", "https" -> http.post(sub.endpoint(), headers(topic, sub, n), sub.raw()
                    ? n.messageFor(sub.protocol()) : Envelopes.notification(n, sub));
            default -> {
                String body = switch (sub.protocol()) {
                    case "email-json" -> Envelopes.notification(n, sub);
                    case "application" -> n.messageFor(platformOf(sub.endpoint()));
                    default -> n.messageFor(sub.protocol());
                };
                log.outbox(new DeliveryLog.OutboxMessage(sub.protocol(), sub.endpoint(), sub.arn(), n.messageId(),
                        n.subject(), body, Instant.now()));
                yield Uni.createFrom().voidItem();
            }
        };
    }

    /** The platform of an endpoint ARN ({@code ...:endpoint/GCM/app/id}), whose key a JSON message may carry. */
    private static String platformOf(String endpointArn) {
        String[] path = endpointArn.substring(endpointArn.lastIndexOf(':') + 1).split("/");
        return path.length > 1 ? path[1] : "application";
    }

    /** The message a queue (the subscriber's or its dead-letter queue) receives. */
    private static Outbound queueMessage(DeliveryTopic topic, String queueArn, SnsSubscription sub, Notification n) {
        boolean fifoQueue = queueArn.endsWith(".fifo");
        String groupId = fifoQueue || !topic.fifo() ? n.groupId() : null;
        String deduplicationId = fifoQueue ? n.deduplicationId() : null;
        if (sub.raw()) {
            return new Outbound(n.messageFor("sqs"), attributes(n.attributes()), null, groupId, deduplicationId, null,
                    ORIGIN);
        }
        return new Outbound(Envelopes.notification(n, sub), Map.of(), null, groupId, deduplicationId, null, ORIGIN);
    }

    private static Map<String, Outbound.Attribute> attributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, Outbound.Attribute> out = new LinkedHashMap<>();
        attributes.forEach((name, a) -> out.put(name, new Outbound.Attribute(a.dataType(), a.stringValue(),
                a.binaryValue())));
        return out;
    }

    private static Map<String, String> headers(DeliveryTopic topic, SnsSubscription sub, Notification n) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", HttpPolicies.contentType(topic.httpPolicy(), sub));
        headers.put("x-amz-sns-message-type", "Notification");
        headers.put("x-amz-sns-message-id", n.messageId());
        headers.put("x-amz-sns-topic-arn", n.topicArn());
        headers.put("x-amz-sns-subscription-arn", sub.arn());
        if (sub.raw()) {
            headers.put("x-amz-sns-rawdelivery", "true");
        }
        return headers;
    }

    /** The endpoint refused the message or does not exist: retrying would not help. */
    private static boolean permanent(Throwable error) {
        if (error instanceof HttpDelivery.StatusException status) {
            return status.permanent();
        }
        if (error instanceof Targets.UnknownTargetException) {
            return true;
        }
        return error instanceof AwsException aws && aws.status() >= 400 && aws.status() < 500
                && aws.status() != 429;
    }

    private Uni<Void> deadLetter(DeliveryTopic topic, SnsSubscription sub, Notification n, Throwable error,
            int attempts) {
        String dlq = deadLetterArn(sub);
        String reason = error.getMessage() == null ? error.toString() : error.getMessage();
        if (dlq == null) {
            log.failed(new DeliveryLog.Failure(sub.arn(), sub.endpoint(), n.messageId(), reason, attempts, false,
                    Instant.now()));
            return Uni.createFrom().voidItem();
        }
        return targets.deliver(dlq, queueMessage(topic, dlq, sub, n))
                .onItem().invoke(() -> log.failed(new DeliveryLog.Failure(sub.arn(), sub.endpoint(), n.messageId(),
                        reason, attempts, true, Instant.now())))
                .onFailure().recoverWithItem(dlqError -> {
                    log.failed(new DeliveryLog.Failure(sub.arn(), sub.endpoint(), n.messageId(), reason
                            + "; the dead-letter queue " + dlq + " refused it too: " + dlqError.getMessage(),
                            attempts, false, Instant.now()));
                    return null;
                });
    }

    private static String deadLetterArn(SnsSubscription sub) {
        String policy = sub.attribute("RedrivePolicy");
        if (policy == null) {
            return null;
        }
        try {
            JsonNode arn = JSON.readTree(policy).get("deadLetterTargetArn");
            return arn == null || !arn.isTextual() ? null : arn.textValue();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
