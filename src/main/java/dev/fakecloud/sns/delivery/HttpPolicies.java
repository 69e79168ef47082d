package dev.fakecloud.sns.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.sns.model.SnsSubscription;

/**
 * An HTTP/S subscription's effective delivery policy: the topic's {@code http} policy, overridden by the
 * subscription's own {@code DeliveryPolicy} unless the topic disables overrides.
 */
public final class HttpPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_CONTENT_TYPE = "text/plain; charset=UTF-8";

    private HttpPolicies() {
    }

    static JsonNode retryPolicy(JsonNode topicPolicy, SnsSubscription sub) {
        JsonNode own = own(topicPolicy, sub).path("healthyRetryPolicy");
        return own.isObject() ? own : topicPolicy.path("defaultHealthyRetryPolicy");
    }

    static String contentType(JsonNode topicPolicy, SnsSubscription sub) {
        JsonNode own = own(topicPolicy, sub).path("requestPolicy").path("headerContentType");
        if (own.isTextual()) {
            return own.textValue();
        }
        return topicPolicy.path("defaultRequestPolicy").path("headerContentType").asText(DEFAULT_CONTENT_TYPE);
    }

    /** What GetSubscriptionAttributes shows as {@code EffectiveDeliveryPolicy} for HTTP/S subscriptions. */
    public static String effective(JsonNode topicPolicy, SnsSubscription sub) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode own = own(topicPolicy, sub);
        out.set("healthyRetryPolicy", retryPolicy(topicPolicy, sub));
        out.set("sicklyRetryPolicy", own.path("sicklyRetryPolicy").isObject() ? own.get("sicklyRetryPolicy")
                : JSON.nullNode());
        out.set("throttlePolicy", own.path("throttlePolicy").isObject() ? own.get("throttlePolicy") : JSON.nullNode());
        ObjectNode request = out.putObject("requestPolicy");
        request.put("headerContentType", contentType(topicPolicy, sub));
        out.put("guaranteed", false);
        return out.toString();
    }

    private static JsonNode own(JsonNode topicPolicy, SnsSubscription sub) {
        String policy = sub.attribute("DeliveryPolicy");
        if (policy == null || topicPolicy.path("disableSubscriptionOverrides").asBoolean(false)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(policy);
            return node == null ? JSON.createObjectNode() : node;
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
