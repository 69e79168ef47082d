package dev.fakecloud.sns.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A subscription as stored. Its ARN is the topic's followed by an id; HTTP/S and email subscriptions stay pending
 * until their token is confirmed.
 *
 * @param attributes attributes set by Subscribe and SetSubscriptionAttributes (RawMessageDelivery, FilterPolicy,
 *     FilterPolicyScope, RedrivePolicy, DeliveryPolicy, SubscriptionRoleArn, ReplayPolicy)
 * @param token the confirmation token sent to the endpoint, or null for subscriptions confirmed at once
 * @param authenticated whether the confirmation required authentication to unsubscribe
 */
public record SnsSubscription(String arn, String topicArn, String protocol, String endpoint, String owner,
        SortedMap<String, String> attributes, boolean pending, String token, boolean authenticated) {

    public SnsSubscription {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean raw() {
        return "true".equals(attributes.get("RawMessageDelivery"));
    }

    public SnsSubscription withAttributes(SortedMap<String, String> next) {
        return new SnsSubscription(arn, topicArn, protocol, endpoint, owner, next, pending, token, authenticated);
    }

    public SnsSubscription confirmed(boolean authenticatedUnsubscribe) {
        return new SnsSubscription(arn, topicArn, protocol, endpoint, owner, attributes, false, token,
                authenticated || authenticatedUnsubscribe);
    }
}
