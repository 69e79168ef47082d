package dev.fakecloud.sns.delivery;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What delivery needs to know of a topic.
 *
 * @param httpPolicy the topic's effective HTTP delivery policy (retry policy, request policy, whether subscriptions
 *     may override it)
 */
public record DeliveryTopic(String arn, boolean fifo, JsonNode httpPolicy) {
}
