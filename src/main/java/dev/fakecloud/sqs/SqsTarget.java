package dev.fakecloud.sqs;

import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.TargetService;
import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Queues as targets of other services (SNS subscriptions, EventBridge rules, Lambda destinations and dead-letter
 * queues): a message sent as its owner would send it, with SQS's validation and limits.
 */
@ApplicationScoped
public class SqsTarget implements TargetService {

    private final MessageService messages;
    private final QueueStore queues;

    public SqsTarget(MessageService messages, QueueStore queues) {
        this.messages = messages;
        this.queues = queues;
    }

    @Override
    public String service() {
        return "sqs";
    }

    @Override
    public boolean exists(String arn) {
        return queues.byArn(arn) != null;
    }

    @Override
    public Uni<Void> deliver(String arn, Outbound message) {
        return Uni.createFrom().item(() -> {
            String[] parts = arn.split(":");
            if (parts.length != 6 || queues.byArn(arn) == null) {
                throw SqsErrors.queueDoesNotExist();
            }
            SqsCall call = new SqsCall(parts[4], parts[3], "http://localhost", null);
            messages.send(call, new SendMessageRequest("http://localhost/" + parts[4] + "/" + parts[5],
                    message.body(), null, attributes(message), null, message.deduplicationId(), message.groupId()));
            return null;
        });
    }

    private static Map<String, MessageAttributeValue> attributes(Outbound message) {
        if (message.attributes().isEmpty()) {
            return null;
        }
        Map<String, MessageAttributeValue> out = new LinkedHashMap<>();
        message.attributes().forEach((name, a) -> out.put(name,
                new MessageAttributeValue(a.stringValue(), a.binaryValue(), null, null, a.dataType())));
        return out;
    }
}
