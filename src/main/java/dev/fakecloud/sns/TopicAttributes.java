package dev.fakecloud.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.sns.model.SnsSubscription;
import dev.fakecloud.sns.model.SnsTopic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A topic's attributes: which can be set, how their values are checked, and what GetTopicAttributes shows. */
final class TopicAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FEEDBACK = feedbackNames();
    private static final Set<String> SETTABLE = Set.of("Policy", "DisplayName", "DeliveryPolicy", "KmsMasterKeyId",
            "SignatureVersion", "TracingConfig", "ContentBasedDeduplication", "ArchivePolicy", "FifoThroughputScope");
    /** The HTTP delivery policy a topic has when none is set. */
    static final String DEFAULT_HTTP_POLICY = "{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,"
            + "\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
            + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
            + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}";

    private TopicAttributes() {
    }

    private static Set<String> feedbackNames() {
        Set<String> names = new java.util.HashSet<>();
        for (String p : List.of("Application", "Firehose", "HTTP", "Lambda", "SQS")) {
            names.add(p + "SuccessFeedbackRoleArn");
            names.add(p + "SuccessFeedbackSampleRate");
            names.add(p + "FailureFeedbackRoleArn");
        }
        return Set.copyOf(names);
    }

    /** Whether SetTopicAttributes accepts the name (FifoTopic is fixed at creation). */
    static boolean settable(String name) {
        return SETTABLE.contains(name) || FEEDBACK.contains(name);
    }

    /** Checks one value; {@code fifo} is the topic's kind. */
    static void check(String name, String value, boolean fifo) {
        switch (name) {
            case "DisplayName" -> {
                if (value.length() > 100) {
                    throw SnsErrors.invalidParameter("DisplayName");
                }
            }
            case "SignatureVersion" -> {
                if (!value.equals("1") && !value.equals("2")) {
                    throw SnsErrors.invalidParameter("SignatureVersion");
                }
            }
            case "TracingConfig" -> {
                if (!value.equals("Active") && !value.equals("PassThrough")) {
                    throw SnsErrors.invalidParameter("TracingConfig");
                }
            }
            case "ContentBasedDeduplication" -> {
                if (!fifo) {
                    throw SnsErrors.invalidParameter("ContentBasedDeduplication",
                            "Content based deduplication can only be set for FIFO topics");
                }
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw SnsErrors.invalidParameter("ContentBasedDeduplication");
                }
            }
            case "ArchivePolicy", "FifoThroughputScope" -> {
                if (!fifo) {
                    throw SnsErrors.invalidParameter(name, "The " + name + " attribute is only valid for FIFO topics");
                }
                if (name.equals("ArchivePolicy")) {
                    jsonObject(name, value);
                }
            }
            case "Policy", "DeliveryPolicy" -> jsonObject(name, value);
            default -> {
            }
        }
    }

    static JsonNode jsonObject(String name, String value) {
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isObject()) {
                throw SnsErrors.invalidParameter(name, "Value must be a JSON object");
            }
            return node;
        } catch (java.io.IOException e) {
            throw SnsErrors.invalidParameter(name + ": failed to parse JSON. " + e.getMessage());
        }
    }

    /** What GetTopicAttributes answers: the attributes set, defaults and the subscription counts. */
    static Map<String, String> view(SnsTopic topic, List<SnsSubscription> subscriptions) {
        Map<String, String> out = new TreeMap<>(topic.attributes());
        out.putIfAbsent("DisplayName", "");
        out.putIfAbsent("Policy", TopicPolicy.defaultPolicy(topic.arn(), topic.accountId()));
        out.put("EffectiveDeliveryPolicy", effectiveDeliveryPolicy(topic));
        out.put("Owner", topic.accountId());
        out.put("TopicArn", topic.arn());
        long pending = subscriptions.stream().filter(SnsSubscription::pending).count();
        out.put("SubscriptionsConfirmed", Long.toString(subscriptions.size() - pending));
        out.put("SubscriptionsPending", Long.toString(pending));
        out.put("SubscriptionsDeleted", "0");
        if (topic.fifo()) {
            out.put("FifoTopic", "true");
            out.putIfAbsent("ContentBasedDeduplication", "false");
        }
        return out;
    }

    /** The topic's HTTP delivery policy with defaults filled in, as {@code {"http": {...}}}. */
    static String effectiveDeliveryPolicy(SnsTopic topic) {
        return "{\"http\":" + effectiveHttpPolicy(topic) + "}";
    }

    static JsonNode effectiveHttpPolicy(SnsTopic topic) {
        try {
            ObjectNode merged = (ObjectNode) JSON.readTree(DEFAULT_HTTP_POLICY);
            String set = topic.attribute("DeliveryPolicy");
            if (set != null) {
                JsonNode http = JSON.readTree(set).get("http");
                if (http instanceof ObjectNode given) {
                    merge(merged, given);
                }
            }
            return merged;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        from.fields().forEachRemaining(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else if (!e.getValue().isNull()) {
                into.set(e.getKey(), e.getValue());
            }
        });
    }
}
