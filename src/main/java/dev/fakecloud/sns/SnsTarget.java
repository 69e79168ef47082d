package dev.fakecloud.sns;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.TargetService;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import dev.fakecloud.sns.model.SnsShapes.PublishRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Topics as targets of other services (Lambda destinations and dead-letter queues, EventBridge rules, alarms): the
 * message is published as its owner would publish it, with its subject, attributes and FIFO group, and SNS's
 * validation.
 */
@ApplicationScoped
public class SnsTarget implements TargetService {

    private final PublishService publisher;
    private final TopicStore topics;
    private final FakecloudConfig config;

    public SnsTarget(PublishService publisher, TopicStore topics, FakecloudConfig config) {
        this.publisher = publisher;
        this.topics = topics;
        this.config = config;
    }

    @Override
    public String service() {
        return "sns";
    }

    @Override
    public boolean exists(String arn) {
        return topics.get(arn) != null;
    }

    @Override
    public Uni<Void> deliver(String arn, Outbound message) {
        return Uni.createFrom().item(() -> {
            String[] parts = arn.split(":", -1);
            if (parts.length != 6) {
                throw SnsErrors.topicNotFound();
            }
            SnsCall call = new SnsCall(parts[4], parts[3], "http://localhost:" + config.port());
            publisher.publish(call, new PublishRequest(arn, null, null, message.body(), message.subject(), null,
                    attributes(message), message.deduplicationId(), message.groupId()));
            return null;
        });
    }

    private static Map<String, MessageAttributeValue> attributes(Outbound message) {
        Map<String, MessageAttributeValue> out = new LinkedHashMap<>();
        message.attributes().forEach((name, a) -> out.put(name,
                new MessageAttributeValue(a.dataType(), a.stringValue(), a.binaryValue())));
        return out;
    }
}
