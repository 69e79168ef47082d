package dev.fakecloud.sns.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * Request and response shapes of the SNS API (2010-03-31) for topics, subscriptions and publishing, named as the
 * Query protocol names their members. Platform and SMS shapes are in {@link MobileShapes}.
 */
public final class SnsShapes {

    private SnsShapes() {
    }

    @RegisterForReflection
    public record Empty() {
    }

    @RegisterForReflection
    public record Tag(String key, String value) {
    }

    @RegisterForReflection
    public record MessageAttributeValue(String dataType, String stringValue, byte[] binaryValue) {
    }

    @RegisterForReflection
    public record CreateTopicRequest(String name, Map<String, String> attributes, List<Tag> tags,
            String dataProtectionPolicy) {
    }

    @RegisterForReflection
    public record TopicArnResult(String topicArn) {
    }

    @RegisterForReflection
    public record TopicRequest(String topicArn) {
    }

    @RegisterForReflection
    public record NextTokenRequest(String nextToken) {
    }

    @RegisterForReflection
    public record TopicEntry(String topicArn) {
    }

    @RegisterForReflection
    public record ListTopicsResult(List<TopicEntry> topics, String nextToken) {
    }

    @RegisterForReflection
    public record AttributesResult(Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record SetTopicAttributesRequest(String topicArn, String attributeName, String attributeValue) {
    }

    @RegisterForReflection
    public record AddPermissionRequest(String topicArn, String label,
            @JsonProperty("AWSAccountId") List<String> awsAccountIds,
            @JsonProperty("ActionName") List<String> actionNames) {
    }

    @RegisterForReflection
    public record RemovePermissionRequest(String topicArn, String label) {
    }

    @RegisterForReflection
    public record ResourceRequest(String resourceArn) {
    }

    @RegisterForReflection
    public record TagResourceRequest(String resourceArn, List<Tag> tags) {
    }

    @RegisterForReflection
    public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
    }

    @RegisterForReflection
    public record TagsResult(List<Tag> tags) {
    }

    @RegisterForReflection
    public record PutDataProtectionPolicyRequest(String resourceArn, String dataProtectionPolicy) {
    }

    @RegisterForReflection
    public record DataProtectionPolicyResult(String dataProtectionPolicy) {
    }

    @RegisterForReflection
    public record SubscribeRequest(String topicArn, String protocol, String endpoint, Map<String, String> attributes,
            Boolean returnSubscriptionArn) {
    }

    @RegisterForReflection
    public record SubscriptionArnResult(String subscriptionArn) {
    }

    @RegisterForReflection
    public record ConfirmSubscriptionRequest(String topicArn, String token, String authenticateOnUnsubscribe) {
    }

    @RegisterForReflection
    public record SubscriptionRequest(String subscriptionArn) {
    }

    @RegisterForReflection
    public record SetSubscriptionAttributesRequest(String subscriptionArn, String attributeName,
            String attributeValue) {
    }

    @RegisterForReflection
    public record ListSubscriptionsByTopicRequest(String topicArn, String nextToken) {
    }

    @RegisterForReflection
    public record SubscriptionEntry(String subscriptionArn, String owner, String protocol, String endpoint,
            String topicArn) {
    }

    @RegisterForReflection
    public record ListSubscriptionsResult(List<SubscriptionEntry> subscriptions, String nextToken) {
    }

    @RegisterForReflection
    public record PublishRequest(String topicArn, String targetArn, String phoneNumber, String message,
            String subject, String messageStructure, Map<String, MessageAttributeValue> messageAttributes,
            String messageDeduplicationId, String messageGroupId) {
    }

    @RegisterForReflection
    public record PublishResult(String messageId, String sequenceNumber) {
    }

    @RegisterForReflection
    public record PublishBatchRequestEntry(String id, String message, String subject, String messageStructure,
            Map<String, MessageAttributeValue> messageAttributes, String messageDeduplicationId,
            String messageGroupId) {
    }

    @RegisterForReflection
    public record PublishBatchRequest(String topicArn, List<PublishBatchRequestEntry> publishBatchRequestEntries) {
    }

    @RegisterForReflection
    public record PublishBatchResultEntry(String id, String messageId, String sequenceNumber) {
    }

    @RegisterForReflection
    public record BatchResultErrorEntry(String id, String code, String message, boolean senderFault) {
    }

    @RegisterForReflection
    public record PublishBatchResult(List<PublishBatchResultEntry> successful, List<BatchResultErrorEntry> failed) {
    }
}
