package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.lambda.invoke.async.DestinationRecord.Condition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Where the outcome of an asynchronous invocation goes: the invocation record to the {@code OnSuccess} or
 * {@code OnFailure} destination (a queue, a topic, a function invoked asynchronously, an event bus, which gets
 * it as an event from source {@code lambda}, or, for failures, a bucket, which keeps it as an object under
 * {@code aws/lambda/async/<function>/YYYY/MM/DD/<time>-<uuid>}), and a failed event unchanged to the function's dead-letter queue or
 * topic with AWS's {@code RequestID}, {@code ErrorCode} and {@code ErrorMessage} attributes. Destinations and the
 * dead-letter queue can both be set; both then receive the failure.
 */
@ApplicationScoped
public class AsyncDestinations {

    private static final Logger LOG = Logger.getLogger(AsyncDestinations.class);
    static final String ORIGIN = "lambda";

    private final Targets targets;

    public AsyncDestinations(Targets targets) {
        this.targets = targets;
    }

    /** Sends what a success or a final failure calls for; completes when every delivery is done or has failed. */
    Uni<Void> settle(AsyncEvent event, AsyncSettings settings, Condition condition, String failureMessage) {
        Instant now = Instant.now();
        Uni<Void> record = Uni.createFrom().voidItem();
        String destination = condition == Condition.SUCCESS ? settings.onSuccess() : settings.onFailure();
        if (destination != null) {
            record = deliver(destination, recordMessage(event, condition, destination, now), event, "destination");
        }
        if (condition == Condition.SUCCESS || settings.deadLetterArn() == null) {
            return record;
        }
        Uni<Void> deadLetter = deliver(settings.deadLetterArn(), deadLetter(event, failureMessage), event,
                "dead-letter queue");
        return Uni.combine().all().unis(record, deadLetter).discardItems();
    }

    private Uni<Void> deliver(String arn, Outbound message, AsyncEvent event, String what) {
        return targets.deliver(arn, message)
                .onFailure().invoke(e -> LOG.warnf("The %s %s of function %s did not take the outcome of event %s: %s",
                        what, arn, event.functionName(), event.requestId(), e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private static Outbound recordMessage(AsyncEvent event, Condition condition, String destination, Instant now) {
        String body = DestinationRecord.of(event, condition, now);
        if ("events".equals(Targets.serviceOf(destination))) {
            String detailType = "Lambda Function Invocation Result - "
                    + (condition == Condition.SUCCESS ? "Success" : "Failure");
            return new Outbound(body, Map.of(), null, null, null,
                    new Outbound.Event("lambda", detailType, List.of(destination, event.qualifiedArn())), ORIGIN);
        }
        if ("s3".equals(Targets.serviceOf(destination))) {
            return new Outbound(body, Map.of(), s3Key(event, now), null, null, null, ORIGIN);
        }
        return Outbound.of(body, ORIGIN);
    }

    /** Where a bucket keeps a failure record, as Lambda names it: by function, day, time and a random id. */
    static String s3Key(AsyncEvent event, Instant now) {
        java.time.ZonedDateTime t = now.atZone(java.time.ZoneOffset.UTC);
        return "aws/lambda/async/" + event.functionName() + "/"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd/yyyy-MM-dd'T'HH.mm.ss").format(t) + "-"
                + java.util.UUID.randomUUID();
    }

    private static Outbound deadLetter(AsyncEvent event, String failureMessage) {
        Map<String, Outbound.Attribute> attributes = new LinkedHashMap<>();
        attributes.put("RequestID", Outbound.Attribute.string(event.requestId()));
        int status = event.lastResult() == null ? 429 : event.lastResult().status();
        attributes.put("ErrorCode", Outbound.Attribute.number(Integer.toString(status)));
        String message = DestinationRecord.errorMessage(event.lastResult());
        attributes.put("ErrorMessage", Outbound.Attribute.string(message != null ? message
                : failureMessage != null ? failureMessage : "Event age exceeded"));
        String body = event.payload().length == 0 ? "{}" : new String(event.payload(), StandardCharsets.UTF_8);
        return new Outbound(body, attributes, null, null, null, null, ORIGIN);
    }
}
