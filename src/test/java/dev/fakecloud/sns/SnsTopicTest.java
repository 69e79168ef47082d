package dev.fakecloud.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.Topic;

/** Topics and subscriptions through the AWS SDK for Java v2: lifecycle, attributes, tags, permissions, errors. */
@QuarkusTest
class SnsTopicTest {

    final SnsClient sns = Clients.sns();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void topicLifecycleWithAwsDefaults() {
        String name = unique("topic");
        String arn = sns.createTopic(b -> b.name(name).attributes(Map.of("DisplayName", "Hello"))).topicArn();
        assertThat(arn).isEqualTo("arn:aws:sns:us-east-1:000000000000:" + name);
        Map<String, String> attrs = sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        assertThat(attrs).containsEntry("DisplayName", "Hello").containsEntry("Owner", "000000000000")
                .containsEntry("TopicArn", arn).containsEntry("SubscriptionsConfirmed", "0")
                .containsEntry("SubscriptionsPending", "0").containsEntry("SubscriptionsDeleted", "0")
                .doesNotContainKey("FifoTopic");
        assertThat(attrs.get("Policy")).contains("\"__default_policy_ID\"").contains(arn);
        assertThat(attrs.get("EffectiveDeliveryPolicy")).contains("\"numRetries\":3")
                .contains("text/plain; charset=UTF-8");
        assertThat(sns.createTopic(b -> b.name(name)).topicArn()).as("idempotent").isEqualTo(arn);
        assertThatThrownBy(() -> sns.createTopic(b -> b.name(name).attributes(Map.of("DisplayName", "Other"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid parameter: Attributes Reason: Topic already exists with different "
                        + "attributes");
        assertThat(sns.listTopics().topics()).extracting(Topic::topicArn).contains(arn);
        sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("DisplayName").attributeValue("Bye"));
        assertThat(sns.getTopicAttributes(b -> b.topicArn(arn)).attributes()).containsEntry("DisplayName", "Bye");
        sns.deleteTopic(b -> b.topicArn(arn));
        sns.deleteTopic(b -> b.topicArn(arn));
        assertThatThrownBy(() -> sns.getTopicAttributes(b -> b.topicArn(arn)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Topic does not exist")
                .satisfies(e -> assertThat(((SnsException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void fifoTopicsNeedTheirSuffixAndShowTheirKind() {
        String name = unique("orders") + ".fifo";
        String arn = sns.createTopic(b -> b.name(name).attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        assertThat(sns.getTopicAttributes(b -> b.topicArn(arn)).attributes()).containsEntry("FifoTopic", "true")
                .containsEntry("ContentBasedDeduplication", "true");
        assertThatThrownBy(() -> sns.createTopic(b -> b.name(unique("x") + ".fifo")))
                .hasMessageContaining("Invalid parameter: Topic Name");
        assertThatThrownBy(() -> sns.createTopic(b -> b.name(unique("x")).attributes(Map.of("FifoTopic", "true"))))
                .hasMessageContaining("Invalid parameter: Topic Name");
        assertThatThrownBy(() -> sns.createTopic(b -> b.name("bad name!")))
                .hasMessageContaining("Invalid parameter: Topic Name");
        assertThatThrownBy(() -> sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("FifoTopic")
                .attributeValue("false"))).hasMessageContaining("Invalid parameter: AttributeName");
    }

    @Test
    void malformedAndForeignArnsAreRefusedAsAwsRefusesThem() {
        assertThatThrownBy(() -> sns.getTopicAttributes(b -> b.topicArn("test-topic")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1");
        String arn = sns.createTopic(b -> b.name(unique("region"))).topicArn();
        try (SnsClient west = SnsClient.builder().endpointOverride(Clients.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a",
                        "b")).build()) {
            assertThatThrownBy(() -> west.publish(b -> b.topicArn(arn).message("hi")))
                    .hasMessageContaining("Invalid parameter: TopicArn");
        }
        assertThatThrownBy(() -> sns.unsubscribe(b -> b.subscriptionArn("arn:aws:sns:us-east-1:000000000000:x")))
                .hasMessageContaining("Invalid parameter: SubscriptionId");
        assertThatThrownBy(() -> sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn + ":" + UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Subscription does not exist");
    }

    @Test
    void tagsAndPermissions() {
        String arn = sns.createTopic(b -> b.name(unique("tags")).tags(Tag.builder().key("k1").value("v1").build()))
                .topicArn();
        assertThatThrownBy(() -> sns.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("a").value("1")
                .build(), Tag.builder().key("a").value("2").build())))
                .hasMessageContaining("Invalid parameter: Duplicated keys are not allowed.");
        sns.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("k2").value("v2").build()));
        sns.untagResource(b -> b.resourceArn(arn).tagKeys("k1"));
        assertThat(sns.listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("k2").value("v2").build());
        assertThatThrownBy(() -> sns.listTagsForResource(b -> b.resourceArn(arn + "-missing")))
                .isInstanceOf(ResourceNotFoundException.class);

        sns.addPermission(b -> b.topicArn(arn).label("pub").awsAccountIds("111122223333").actionNames("Publish"));
        assertThat(sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("Policy"))
                .contains("\"Sid\":\"pub\"").contains("arn:aws:iam::111122223333:root").contains("\"SNS:Publish\"");
        assertThatThrownBy(() -> sns.addPermission(b -> b.topicArn(arn).label("pub").awsAccountIds("1")
                .actionNames("Publish"))).hasMessageContaining("Invalid parameter: Statement already exists");
        assertThatThrownBy(() -> sns.addPermission(b -> b.topicArn(arn).label("x").awsAccountIds("1")
                .actionNames("Fly"))).hasMessageContaining("Policy statement action out of service scope!");
        sns.removePermission(b -> b.topicArn(arn).label("pub"));
        assertThat(sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("Policy")).doesNotContain("pub");
    }

    @Test
    void subscriptionsAreIdempotentAndCarryTheirAttributes() {
        String topic = sns.createTopic(b -> b.name(unique("subs"))).topicArn();
        String queue = "arn:aws:sqs:us-east-1:000000000000:" + unique("q");
        String arn = sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queue)
                .attributes(Map.of("RawMessageDelivery", "TrUe"))).subscriptionArn();
        assertThat(arn).startsWith(topic + ":");
        assertThat(sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queue)).subscriptionArn())
                .isEqualTo(arn);
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queue)
                .attributes(Map.of("RawMessageDelivery", "false"))))
                .hasMessageContaining("Subscription already exists with different attributes");
        Map<String, String> attrs = sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes();
        assertThat(attrs).containsEntry("RawMessageDelivery", "true").containsEntry("PendingConfirmation", "false")
                .containsEntry("ConfirmationWasAuthenticated", "true").containsEntry("Protocol", "sqs")
                .containsEntry("Endpoint", queue).containsEntry("TopicArn", topic).doesNotContainKey("FilterPolicy");
        assertThatThrownBy(() -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn)
                .attributeName("RawMessageDelivery").attributeValue("maybe")))
                .hasMessageContaining("Invalid parameter: RawMessageDelivery: Invalid value [maybe]. Must be true or "
                        + "false.");
        assertThatThrownBy(() -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn)
                .attributeName("FilterPolicy").attributeValue("{\"object\": {\"key\": [\"x\"]}}")))
                .hasMessageContaining("Invalid parameter: Filter policy scope MessageAttributes does not support "
                        + "nested filter policy");
        assertThatThrownBy(() -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn)
                .attributeName("RedrivePolicy").attributeValue("{\"deadLetterTargetArn\": \"fake-arn\"}")))
                .hasMessageContaining("Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn");
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("FilterPolicy")
                .attributeValue("{\"attr\": [\"x\"]}"));
        assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes())
                .containsEntry("FilterPolicy", "{\"attr\": [\"x\"]}")
                .containsEntry("FilterPolicyScope", "MessageAttributes");
        List<Subscription> listed = sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions();
        assertThat(listed).extracting(Subscription::subscriptionArn).containsExactly(arn);
        assertThat(sns.getTopicAttributes(b -> b.topicArn(topic)).attributes())
                .containsEntry("SubscriptionsConfirmed", "1");
        sns.unsubscribe(b -> b.subscriptionArn(arn));
        sns.unsubscribe(b -> b.subscriptionArn(arn));
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions()).isEmpty();
    }

    @Test
    void endpointsMustSuitTheirProtocol() {
        String topic = sns.createTopic(b -> b.name(unique("ep"))).topicArn();
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("test-protocol").endpoint("x")))
                .hasMessageContaining("Invalid parameter: Amazon SNS does not support this protocol string: "
                        + "test-protocol");
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint("http://localhost:4566/000000000000/q"))).hasMessageContaining("Invalid parameter: SQS "
                        + "endpoint ARN");
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sms").endpoint("NAA+15551234567")))
                .hasMessageContaining("Invalid SMS endpoint: NAA+15551234567");
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint("arn:aws:sqs:us-east-1:000000000000:q.fifo")))
                .hasMessageContaining("FIFO SQS Queues can not be subscribed to standard SNS topics");
        assertThatThrownBy(() -> sns.subscribe(b -> b.topicArn(topic + "-missing").protocol("sms")
                .endpoint("+15551234567"))).isInstanceOf(NotFoundException.class);
        assertThat(sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint("http://127.0.0.1:9/x"))
                .subscriptionArn()).isEqualTo("pending confirmation");
        assertThat(sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("me@example.com")
                .returnSubscriptionArn(true)).subscriptionArn()).startsWith(topic + ":");
        assertThat(sns.getTopicAttributes(b -> b.topicArn(topic)).attributes())
                .containsEntry("SubscriptionsPending", "2");
        assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
                .extracting(Subscription::subscriptionArn).containsOnly("PendingConfirmation");
    }

    @Test
    void confirmationTokensAreCheckedAsAwsChecksThem() {
        String topic = sns.createTopic(b -> b.name(unique("confirm"))).topicArn();
        assertThatThrownBy(() -> sns.confirmSubscription(b -> b.topicArn(topic).token("randomtoken")))
                .hasMessageContaining("Invalid token");
        assertThatThrownBy(() -> sns.confirmSubscription(b -> b.topicArn(topic).token("51b2ff3edb")))
                .hasMessageContaining("Invalid parameter: Token");
        assertThatThrownBy(() -> sns.confirmSubscription(b -> b.topicArn("not-an-arn").token("51b2ff3edb")))
                .hasMessageContaining("Invalid parameter: Topic");
    }

    @Test
    void dataProtectionPlatformAndSmsOperationsAnswerWithAwsShapes() {
        String topic = sns.createTopic(b -> b.name(unique("dp"))).topicArn();
        String policy = "{\"Name\":\"p\",\"Version\":\"2021-06-01\",\"Statement\":[]}";
        sns.putDataProtectionPolicy(b -> b.resourceArn(topic).dataProtectionPolicy(policy));
        assertThat(sns.getDataProtectionPolicy(b -> b.resourceArn(topic)).dataProtectionPolicy()).isEqualTo(policy);

        String app = sns.createPlatformApplication(b -> b.name(unique("app")).platform("GCM")
                .attributes(Map.of("PlatformCredential", "secret"))).platformApplicationArn();
        assertThat(sns.getPlatformApplicationAttributes(b -> b.platformApplicationArn(app)).attributes())
                .containsEntry("Enabled", "true").doesNotContainKey("PlatformCredential");
        assertThatThrownBy(() -> sns.createPlatformApplication(b -> b.name("x").platform("AAA")
                .attributes(Map.of()))).hasMessageContaining("Invalid parameter: Platform Reason: AAA is not "
                        + "supported");
        String endpoint = sns.createPlatformEndpoint(b -> b.platformApplicationArn(app).token("token_1"))
                .endpointArn();
        assertThat(sns.createPlatformEndpoint(b -> b.platformApplicationArn(app).token("token_1")).endpointArn())
                .isEqualTo(endpoint);
        assertThat(sns.getEndpointAttributes(b -> b.endpointArn(endpoint)).attributes())
                .containsEntry("Enabled", "true").containsEntry("Token", "token_1");
        assertThat(sns.publish(b -> b.targetArn(endpoint).message("push")).messageId()).isNotBlank();
        sns.setEndpointAttributes(b -> b.endpointArn(endpoint).attributes(Map.of("Enabled", "false")));
        assertThatThrownBy(() -> sns.publish(b -> b.targetArn(endpoint).message("push")))
                .hasMessageContaining("Endpoint is disabled");
        sns.deletePlatformApplication(b -> b.platformApplicationArn(app));
        assertThatThrownBy(() -> sns.listEndpointsByPlatformApplication(b -> b.platformApplicationArn(app)))
                .hasMessageContaining("PlatformApplication does not exist");

        sns.setSMSAttributes(b -> b.attributes(Map.of("DefaultSMSType", "Promotional")));
        assertThat(sns.getSMSAttributes(b -> b.attributes("DefaultSMSType")).attributes())
                .containsExactly(Map.entry("DefaultSMSType", "Promotional"));
        assertThatThrownBy(() -> sns.setSMSAttributes(b -> b.attributes(Map.of("Nope", "x"))))
                .hasMessageContaining("Nope is not a valid attribute");
        assertThat(sns.checkIfPhoneNumberIsOptedOut(b -> b.phoneNumber("+15551234567")).isOptedOut()).isFalse();
        assertThat(sns.listPhoneNumbersOptedOut().phoneNumbers()).isEmpty();
        assertThat(sns.getSMSSandboxAccountStatus(b -> { }).isInSandbox()).isTrue();
        assertThat(sns.publish(b -> b.phoneNumber("+15551234567").message("hi")).messageId()).isNotBlank();
        assertThatThrownBy(() -> sns.publish(b -> b.phoneNumber("+1a234").message("hi")))
                .hasMessageContaining("Invalid parameter: PhoneNumber Reason: +1a234 is not valid to publish to");
    }
}
