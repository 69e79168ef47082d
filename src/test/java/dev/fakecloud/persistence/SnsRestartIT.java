package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.ServerProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Tag;

/**
 * SNS's state survives a restart on the same data directory: topics with their attributes, tags, policies and data
 * protection policies, subscriptions with their filter policies and pending confirmations, platform applications
 * and endpoints, SMS settings; deletions too.
 */
class SnsRestartIT extends OnDataDirectory {

    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders";

    SnsClient start() {
        startServer();
        return Clients.sns(server.endpoint());
    }

    record Created(String topic, String fifo, String subscription, String endpoint, Map<String, String> attributes) {
    }

    Created createEverything(SnsClient sns) {
        String topic = sns.createTopic(b -> b.name("news").attributes(Map.of("DisplayName", "News",
                "DeliveryPolicy", "{\"http\":{\"defaultHealthyRetryPolicy\":{\"numRetries\":1}}}"))
                .tags(Tag.builder().key("team").value("core").build())).topicArn();
        sns.addPermission(b -> b.topicArn(topic).label("partner").awsAccountIds("111122223333").actionNames("Publish"));
        sns.putDataProtectionPolicy(b -> b.resourceArn(topic).dataProtectionPolicy("{\"Name\":\"dp\"}"));
        String fifo = sns.createTopic(b -> b.name("orders.fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        String subscription = sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(QUEUE)
                .attributes(Map.of("RawMessageDelivery", "true", "FilterPolicyScope", "MessageBody",
                        "FilterPolicy", "{\"kind\": [\"order\"]}"))).subscriptionArn();
        sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("ops@example.com"));
        String app = sns.createPlatformApplication(b -> b.name("app").platform("GCM")
                .attributes(Map.of("PlatformCredential", "key"))).platformApplicationArn();
        String endpoint = sns.createPlatformEndpoint(b -> b.platformApplicationArn(app).token("device-1"))
                .endpointArn();
        sns.setSMSAttributes(b -> b.attributes(Map.of("DefaultSMSType", "Transactional")));
        return new Created(topic, fifo, subscription, endpoint,
                sns.getTopicAttributes(b -> b.topicArn(topic)).attributes());
    }

    void assertEverythingIsBack(SnsClient sns, Created before) {
        assertThat(sns.getTopicAttributes(b -> b.topicArn(before.topic())).attributes())
                .isEqualTo(before.attributes());
        assertThat(sns.listTagsForResource(b -> b.resourceArn(before.topic())).tags())
                .containsExactly(Tag.builder().key("team").value("core").build());
        assertThat(sns.getDataProtectionPolicy(b -> b.resourceArn(before.topic())).dataProtectionPolicy())
                .isEqualTo("{\"Name\":\"dp\"}");
        assertThat(sns.getTopicAttributes(b -> b.topicArn(before.fifo())).attributes())
                .containsEntry("FifoTopic", "true").containsEntry("ContentBasedDeduplication", "true");
        assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(before.subscription())).attributes())
                .containsEntry("RawMessageDelivery", "true").containsEntry("FilterPolicyScope", "MessageBody")
                .containsEntry("FilterPolicy", "{\"kind\": [\"order\"]}");
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(before.topic())).subscriptions())
                .extracting(Subscription::protocol).containsExactlyInAnyOrder("sqs", "email");
        assertThat(sns.getEndpointAttributes(b -> b.endpointArn(before.endpoint())).attributes())
                .containsEntry("Token", "device-1");
        assertThat(sns.getSMSAttributes(b -> { }).attributes()).containsEntry("DefaultSMSType", "Transactional");
    }

    @Test
    void killedServerComesBackWithItsTopicsAndSubscriptions() {
        Created before = createEverything(start());
        server.kill();
        assertEverythingIsBack(start(), before);
    }

    @Test
    void stoppedServerComesBackFromItsSnapshot() {
        Created before = createEverything(start());
        assertThat(server.stop()).isIn(0, 143);
        assertEverythingIsBack(start(), before);
    }

    @Test
    void deletionsSurviveToo() {
        SnsClient sns = start();
        Created before = createEverything(sns);
        sns.unsubscribe(b -> b.subscriptionArn(before.subscription()));
        sns.deleteTopic(b -> b.topicArn(before.fifo()));
        server.kill();
        SnsClient again = start();
        assertThat(again.listTopics().topics()).extracting(t -> t.topicArn()).containsExactly(before.topic());
        assertThat(again.listSubscriptionsByTopic(b -> b.topicArn(before.topic())).subscriptions())
                .extracting(Subscription::protocol).containsExactly("email");
    }
}
