package dev.fakecloud.sns.delivery;

import dev.fakecloud.sns.model.SnsSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the SubscriptionConfirmation an HTTP/S or email subscription must answer before it gets messages, and the
 * UnsubscribeConfirmation that follows an unsubscribe. HTTP/S endpoints get them POSTed with SNS's headers; email
 * addresses get them in the {@link DeliveryLog}'s outbox (and the log), SubscribeURL and token included.
 */
@ApplicationScoped
public class Confirmations {

    private static final Logger LOG = Logger.getLogger(Confirmations.class);
    private static final RetrySchedule RETRIES = new RetrySchedule(List.of(Duration.ofSeconds(1),
            Duration.ofSeconds(2)));

    private final HttpDelivery http;
    private final DeliveryLog log;

    public Confirmations(HttpDelivery http, DeliveryLog log) {
        this.http = http;
        this.log = log;
    }

    public void subscriptionConfirmation(SnsSubscription sub, String serviceUrl) {
        send("SubscriptionConfirmation", sub, sub.token(), serviceUrl);
    }

    public void unsubscribeConfirmation(SnsSubscription sub, String token, String serviceUrl) {
        send("UnsubscribeConfirmation", sub, token, serviceUrl);
    }

    private void send(String type, SnsSubscription sub, String token, String serviceUrl) {
        String messageId = UUID.randomUUID().toString();
        String body = Envelopes.confirmation(type, messageId, token, sub.topicArn(), sub.arn(), serviceUrl,
                Instant.now());
        if (!sub.protocol().startsWith("http")) {
            log.outbox(new DeliveryLog.OutboxMessage(sub.protocol(), sub.endpoint(), sub.arn(), messageId, type,
                    body, Instant.now()));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("x-amz-sns-message-type", type);
        headers.put("x-amz-sns-message-id", messageId);
        headers.put("x-amz-sns-topic-arn", sub.topicArn());
        if (type.equals("UnsubscribeConfirmation")) {
            headers.put("x-amz-sns-subscription-arn", sub.arn());
        }
        Retries.run(() -> http.post(sub.endpoint(), headers, body), RETRIES, e -> false, new AtomicInteger(), () -> {
        }).subscribe().with(ok -> {
        }, error -> LOG.warnf("SNS could not send the %s of %s to %s: %s", type, sub.arn(), sub.endpoint(),
                error.getMessage()));
    }
}
