package dev.fakecloud.sqs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the SQS API (2012-11-05), named as the JSON protocol names their members. */
public final class SqsShapes {

    private SqsShapes() {
    }

    @RegisterForReflection
    public record MessageAttributeValue(String stringValue, byte[] binaryValue, List<String> stringListValues,
            List<byte[]> binaryListValues, String dataType) {
    }

    @RegisterForReflection
    public record Empty() {
    }

    @RegisterForReflection
    public record CreateQueueRequest(String queueName, Map<String, String> attributes,
            @JsonProperty("tags") Map<String, String> tags) {
    }

    @RegisterForReflection
    public record QueueUrlResult(String queueUrl) {
    }

    @RegisterForReflection
    public record GetQueueUrlRequest(String queueName, String queueOwnerAWSAccountId) {
    }

    @RegisterForReflection
    public record QueueRequest(String queueUrl) {
    }

    @RegisterForReflection
    public record ListQueuesRequest(String queueNamePrefix, String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record ListQueuesResult(List<String> queueUrls, String nextToken) {
    }

    @RegisterForReflection
    public record ListDeadLetterSourceQueuesRequest(String queueUrl, String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record ListDeadLetterSourceQueuesResult(@JsonProperty("queueUrls") List<String> queueUrls,
            String nextToken) {
    }

    @RegisterForReflection
    public record GetQueueAttributesRequest(String queueUrl, List<String> attributeNames) {
    }

    @RegisterForReflection
    public record AttributesResult(Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record SetQueueAttributesRequest(String queueUrl, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record SendMessageRequest(String queueUrl, String messageBody, Integer delaySeconds,
            Map<String, MessageAttributeValue> messageAttributes,
            Map<String, MessageAttributeValue> messageSystemAttributes, String messageDeduplicationId,
            String messageGroupId) {
    }

    @RegisterForReflection
    public record SendMessageResult(@JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
            @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
            @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes, String messageId,
            String sequenceNumber) {
    }

    @RegisterForReflection
    public record ReceiveMessageRequest(String queueUrl, List<String> attributeNames,
            List<String> messageSystemAttributeNames, List<String> messageAttributeNames, Integer maxNumberOfMessages,
            Integer visibilityTimeout, Integer waitTimeSeconds, String receiveRequestAttemptId) {
    }

    @RegisterForReflection
    public record Message(String messageId, String receiptHandle, @JsonProperty("MD5OfBody") String md5OfBody,
            String body, Map<String, String> attributes,
            @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
            Map<String, MessageAttributeValue> messageAttributes) {
    }

    @RegisterForReflection
    public record ReceiveMessageResult(List<Message> messages) {
    }

    @RegisterForReflection
    public record DeleteMessageRequest(String queueUrl, String receiptHandle) {
    }

    @RegisterForReflection
    public record ChangeMessageVisibilityRequest(String queueUrl, String receiptHandle, Integer visibilityTimeout) {
    }

    @RegisterForReflection
    public record SendMessageBatchRequestEntry(String id, String messageBody, Integer delaySeconds,
            Map<String, MessageAttributeValue> messageAttributes,
            Map<String, MessageAttributeValue> messageSystemAttributes, String messageDeduplicationId,
            String messageGroupId) {
    }

    @RegisterForReflection
    public record SendMessageBatchRequest(String queueUrl, List<SendMessageBatchRequestEntry> entries) {
    }

    @RegisterForReflection
    public record SendMessageBatchResultEntry(String id, String messageId,
            @JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
            @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
            @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
            String sequenceNumber) {
    }

    @RegisterForReflection
    public record BatchResultErrorEntry(String id, boolean senderFault, String code, String message) {
    }

    @RegisterForReflection
    public record SendMessageBatchResult(List<SendMessageBatchResultEntry> successful,
            List<BatchResultErrorEntry> failed) {
    }

    @RegisterForReflection
    public record DeleteMessageBatchRequestEntry(String id, String receiptHandle) {
    }

    @RegisterForReflection
    public record DeleteMessageBatchRequest(String queueUrl, List<DeleteMessageBatchRequestEntry> entries) {
    }

    @RegisterForReflection
    public record BatchIdEntry(String id) {
    }

    @RegisterForReflection
    public record IdBatchResult(List<BatchIdEntry> successful, List<BatchResultErrorEntry> failed) {
    }

    @RegisterForReflection
    public record ChangeMessageVisibilityBatchRequestEntry(String id, String receiptHandle,
            Integer visibilityTimeout) {
    }

    @RegisterForReflection
    public record ChangeMessageVisibilityBatchRequest(String queueUrl,
            List<ChangeMessageVisibilityBatchRequestEntry> entries) {
    }

    @RegisterForReflection
    public record TagQueueRequest(String queueUrl, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record UntagQueueRequest(String queueUrl, List<String> tagKeys) {
    }

    @RegisterForReflection
    public record ListQueueTagsResult(Map<String, String> tags) {
    }

    @RegisterForReflection
    public record AddPermissionRequest(String queueUrl, String label,
            @JsonProperty("AWSAccountIds") List<String> awsAccountIds, List<String> actions) {
    }

    @RegisterForReflection
    public record RemovePermissionRequest(String queueUrl, String label) {
    }

    @RegisterForReflection
    public record StartMessageMoveTaskRequest(String sourceArn, String destinationArn,
            Integer maxNumberOfMessagesPerSecond) {
    }

    @RegisterForReflection
    public record TaskHandleResult(String taskHandle) {
    }

    @RegisterForReflection
    public record CancelMessageMoveTaskResult(long approximateNumberOfMessagesMoved) {
    }

    @RegisterForReflection
    public record ListMessageMoveTasksRequest(String sourceArn, Integer maxResults) {
    }

    @RegisterForReflection
    public record ListMessageMoveTasksResultEntry(String taskHandle, String status, String sourceArn,
            String destinationArn, Integer maxNumberOfMessagesPerSecond, Long approximateNumberOfMessagesMoved,
            Long approximateNumberOfMessagesToMove, String failureReason, Long startedTimestamp) {
    }

    @RegisterForReflection
    public record ListMessageMoveTasksResult(List<ListMessageMoveTasksResultEntry> results) {
    }
}
