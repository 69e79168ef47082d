package dev.fakecloud.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.sns.delivery.HttpPolicies;
import dev.fakecloud.sns.filter.FilterPolicies;
import dev.fakecloud.sns.filter.FilterPolicy;
import dev.fakecloud.sns.filter.InvalidFilterPolicyException;
import dev.fakecloud.sns.model.SnsSubscription;
import dev.fakecloud.sns.model.SnsTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A subscription's attributes: which can be set, how values are checked and normalised (AWS's reasons, without
 * the "Invalid parameter: " prefix, which Subscribe and SetSubscriptionAttributes word differently), and what
 * GetSubscriptionAttributes shows.
 */
@ApplicationScoped
public class SubscriptionAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> SETTABLE = Set.of("DeliveryPolicy", "FilterPolicy", "FilterPolicyScope",
            "RawMessageDelivery", "RedrivePolicy", "SubscriptionRoleArn", "ReplayPolicy");

    /** A value SNS refuses; the message is AWS's reason. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final FilterPolicies filters;

    public SubscriptionAttributes(FilterPolicies filters) {
        this.filters = filters;
    }

    /** The attributes after setting {@code name}; an empty value removes policies. */
    SortedMap<String, String> apply(SortedMap<String, String> current, String name, String value,
            SnsTopic topic, String protocol, String endpoint) {
        SortedMap<String, String> next = new TreeMap<>(current);
        String v = value == null ? "" : value;
        switch (name) {
            case "RawMessageDelivery" -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new Refused("RawMessageDelivery: Invalid value [" + v + "]. Must be true or false.");
                }
                next.put(name, v.toLowerCase());
            }
            case "FilterPolicyScope" -> {
                FilterPolicy.Scope scope = FilterPolicy.Scope.of(v);
                if (scope == null) {
                    throw new Refused("FilterPolicyScope: Invalid value [" + v
                            + "]. Please use either MessageBody or MessageAttributes");
                }
                String policy = current.get("FilterPolicy");
                if (policy != null) {
                    compile(policy, scope);
                }
                next.put(name, v);
            }
            case "FilterPolicy" -> {
                if (v.isEmpty()) {
                    next.remove(name);
                } else {
                    FilterPolicy.Scope scope = FilterPolicy.Scope.of(current.get("FilterPolicyScope"));
                    compile(v, scope == null ? FilterPolicy.Scope.MESSAGE_ATTRIBUTES : scope);
                    next.put(name, v);
                }
            }
            case "RedrivePolicy" -> {
                if (v.isEmpty()) {
                    next.remove(name);
                } else {
                    next.put(name, redrivePolicy(v, topic, endpoint));
                }
            }
            case "DeliveryPolicy" -> {
                if (v.isEmpty()) {
                    next.remove(name);
                } else {
                    next.put(name, deliveryPolicy(v));
                }
            }
            default -> {
                if (v.isEmpty()) {
                    next.remove(name);
                } else {
                    next.put(name, v);
                }
            }
        }
        return next;
    }

    private void compile(String policy, FilterPolicy.Scope scope) {
        try {
            filters.get(policy, scope);
        } catch (InvalidFilterPolicyException e) {
            throw new Refused(e.scopeError() ? e.getMessage() : "FilterPolicy: " + e.getMessage());
        }
    }

    private static String redrivePolicy(String value, SnsTopic topic, String endpoint) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new Refused("RedrivePolicy: failed to parse JSON. " + e.getMessage());
        }
        JsonNode arn = node == null ? null : node.get("deadLetterTargetArn");
        String[] parts = arn == null || !arn.isTextual() ? new String[0] : arn.textValue().split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs")) {
            throw new Refused("RedrivePolicy: deadLetterTargetArn is an invalid arn");
        }
        if (topic.fifo() && endpoint != null && endpoint.endsWith(".fifo") && !parts[5].endsWith(".fifo")) {
            throw new Refused("RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.");
        }
        return "{\"deadLetterTargetArn\":\"" + arn.textValue() + "\"}";
    }

    /** AWS keeps a subscription's delivery policy with every member, the ones not given as null. */
    private static String deliveryPolicy(String value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new Refused("DeliveryPolicy: failed to parse JSON. " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Refused("DeliveryPolicy: must be a JSON object");
        }
        ObjectNode out = JSON.createObjectNode();
        for (String member : new String[] {"healthyRetryPolicy", "sicklyRetryPolicy", "throttlePolicy",
                "requestPolicy"}) {
            out.set(member, node.has(member) ? node.get(member) : JSON.nullNode());
        }
        out.put("guaranteed", node.path("guaranteed").asBoolean(false));
        return out.toString();
    }

    /** What GetSubscriptionAttributes answers. */
    static Map<String, String> view(SnsSubscription sub, SnsTopic topic) {
        Map<String, String> out = new TreeMap<>(sub.attributes());
        out.put("ConfirmationWasAuthenticated", Boolean.toString(sub.token() == null || sub.authenticated()));
        out.put("Endpoint", sub.endpoint());
        out.put("Owner", sub.owner());
        out.put("PendingConfirmation", Boolean.toString(sub.pending()));
        out.put("Protocol", sub.protocol());
        out.putIfAbsent("RawMessageDelivery", "false");
        out.put("SubscriptionArn", sub.arn());
        out.put("SubscriptionPrincipal", "arn:aws:iam::" + sub.owner() + ":root");
        out.put("TopicArn", sub.topicArn());
        if (out.containsKey("FilterPolicy")) {
            out.putIfAbsent("FilterPolicyScope", "MessageAttributes");
        } else {
            out.remove("FilterPolicyScope");
        }
        if (topic != null && sub.protocol().startsWith("http")) {
            out.put("EffectiveDeliveryPolicy", HttpPolicies.effective(TopicAttributes.effectiveHttpPolicy(topic), sub));
        }
        return out;
    }

    /** The value an attribute has when not set, for comparing a repeated Subscribe with the existing one. */
    static String defaultValue(String name) {
        return switch (name) {
            case "RawMessageDelivery" -> "false";
            case "FilterPolicyScope" -> "MessageAttributes";
            default -> null;
        };
    }
}
