package dev.fakecloud.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.events.model.TargetShapes.RetryPolicy;
import dev.fakecloud.events.model.TargetShapes.Target;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Hands one event to one target through the registry of targets, as a rule does: retried with exponential back-off
 * while the target's {@code RetryPolicy} allows (185 attempts and 24 hours by default), not retried when the target
 * does not exist, then sent to the target's {@code DeadLetterConfig} queue with AWS's attributes, or logged. A
 * failure never travels back to the caller that put the event.
 */
@ApplicationScoped
public class TargetDelivery {

    private static final Logger LOG = Logger.getLogger(TargetDelivery.class);
    static final int DEFAULT_RETRIES = 185;
    static final int DEFAULT_EVENT_AGE_SECONDS = 86_400;
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);
    static final String ORIGIN = "aws:events";

    private final Targets targets;

    public TargetDelivery(Targets targets) {
        this.targets = targets;
    }

    /** A delivery that did not succeed, and why it stopped trying. */
    private record Exhausted(Throwable cause, String condition, int retries) {
    }

    void deliver(EventRule rule, Target target, BusEvent event, ObjectNode eventJson) {
        Outbound message;
        try {
            message = outbound(rule, target, event, eventJson);
        } catch (RuntimeException e) {
            giveUp(rule, target, Outbound.of(eventJson.toString(), ORIGIN), new Exhausted(e, null, 0));
            return;
        }
        RetryPolicy policy = target.retryPolicy();
        int maxRetries = policy == null || policy.maximumRetryAttempts() == null ? DEFAULT_RETRIES
                : policy.maximumRetryAttempts();
        int maxAge = policy == null || policy.maximumEventAgeInSeconds() == null ? DEFAULT_EVENT_AGE_SECONDS
                : policy.maximumEventAgeInSeconds();
        long deadline = event.ingestedMillis() + maxAge * 1000L;
        attempt(target.arn(), message, 0, maxRetries, deadline).subscribe().with(
                exhausted -> {
                    if (exhausted != null) {
                        giveUp(rule, target, message, exhausted);
                    }
                },
                e -> giveUp(rule, target, message, new Exhausted(e, null, 0)));
    }

    /** Completes with null once delivered, or with why it gave up. */
    private Uni<Exhausted> attempt(String arn, Outbound message, int retries, int maxRetries, long deadline) {
        return targets.deliver(arn, message).replaceWith((Exhausted) null).onFailure().recoverWithUni(e -> {
            if (e instanceof Targets.UnknownTargetException || !targets.exists(arn)) {
                return Uni.createFrom().item(new Exhausted(e, null, retries));
            }
            if (retries >= maxRetries) {
                return Uni.createFrom().item(new Exhausted(e, "MaximumRetryAttempts", retries));
            }
            Duration delay = backOff(retries);
            if (System.currentTimeMillis() + delay.toMillis() > deadline) {
                return Uni.createFrom().item(new Exhausted(e, "MaximumEventAgeInSeconds", retries));
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay)
                    .chain(() -> attempt(arn, message, retries + 1, maxRetries, deadline));
        });
    }

    static Duration backOff(int retries) {
        long base = FIRST_RETRY.toMillis() << Math.min(retries, 20);
        long capped = Math.min(base, LONGEST_RETRY.toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** What the target receives: a bus gets the event's parts, everything else the rule's rendering of it. */
    static Outbound outbound(EventRule rule, Target target, BusEvent event, ObjectNode eventJson) {
        if (target.arn().contains(":event-bus/")) {
            return new Outbound(event.detail().toString(), Map.of(), null, null, null,
                    new Outbound.Event(event.source(), event.detailType(), event.resources()), ORIGIN);
        }
        String body = InputRenderer.render(rule, target, event, eventJson);
        String group = target.sqsParameters() == null ? null : target.sqsParameters().messageGroupId();
        String dedup = target.arn().endsWith(".fifo") ? event.id() : null;
        return new Outbound(body, Map.of(), null, group, dedup, null, ORIGIN);
    }

    private void giveUp(EventRule rule, Target target, Outbound message, Exhausted why) {
        String code = errorCode(why.cause());
        String text = why.cause().getMessage();
        String dlq = target.deadLetterConfig() == null ? null : target.deadLetterConfig().arn();
        if (dlq == null) {
            LOG.warnf("An event of rule %s could not be delivered to %s (%s: %s) and the target has no dead-letter"
                    + " queue; it is dropped", rule.arn(), target.arn(), code, text);
            return;
        }
        Map<String, Outbound.Attribute> attributes = new LinkedHashMap<>();
        attributes.put("RULE_ARN", Outbound.Attribute.string(rule.arn()));
        attributes.put("TARGET_ARN", Outbound.Attribute.string(target.arn()));
        attributes.put("ERROR_CODE", Outbound.Attribute.string(code));
        if (text != null && !text.isEmpty()) {
            attributes.put("ERROR_MESSAGE", Outbound.Attribute.string(text));
        }
        if (why.condition() != null) {
            attributes.put("EXHAUSTED_RETRY_CONDITION", Outbound.Attribute.string(why.condition()));
        }
        attributes.put("RETRY_ATTEMPTS", Outbound.Attribute.number(Integer.toString(why.retries())));
        Outbound dead = new Outbound(message.body(), attributes, null, null, null, null, ORIGIN);
        targets.deliver(dlq, dead).subscribe().with(ok -> {
        }, e -> LOG.warnf("An event of rule %s could not be delivered to %s (%s) nor to its dead-letter queue %s"
                + " (%s); it is dropped", rule.arn(), target.arn(), text, dlq, e.getMessage()));
    }

    static String errorCode(Throwable e) {
        if (e instanceof AwsException aws) {
            String code = aws.code();
            int hash = code.indexOf('#');
            return hash >= 0 ? code.substring(hash + 1) : code;
        }
        if (e instanceof Targets.UnknownTargetException) {
            return "ResourceNotFoundException";
        }
        return "InternalException";
    }
}
