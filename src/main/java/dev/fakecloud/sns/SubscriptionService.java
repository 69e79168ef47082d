package dev.fakecloud.sns;

import dev.fakecloud.core.Page;
import dev.fakecloud.sns.delivery.Confirmations;
import dev.fakecloud.sns.model.SnsShapes.AttributesResult;
import dev.fakecloud.sns.model.SnsShapes.ConfirmSubscriptionRequest;
import dev.fakecloud.sns.model.SnsShapes.ListSubscriptionsResult;
import dev.fakecloud.sns.model.SnsShapes.SetSubscriptionAttributesRequest;
import dev.fakecloud.sns.model.SnsShapes.SubscribeRequest;
import dev.fakecloud.sns.model.SnsShapes.SubscriptionArnResult;
import dev.fakecloud.sns.model.SnsShapes.SubscriptionEntry;
import dev.fakecloud.sns.model.SnsSubscription;
import dev.fakecloud.sns.model.SnsTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Subscriptions: Subscribe (idempotent per topic, protocol and endpoint), the confirmation flow of HTTP/S and email
 * endpoints, Unsubscribe, listings and attributes.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TopicService topicService;
    private final TopicStore topics;
    private final SubscriptionStore subscriptions;
    private final SubscriptionAttributes attributes;
    private final Confirmations confirmations;

    public SubscriptionService(TopicService topicService, TopicStore topics, SubscriptionStore subscriptions,
            SubscriptionAttributes attributes, Confirmations confirmations) {
        this.topicService = topicService;
        this.topics = topics;
        this.subscriptions = subscriptions;
        this.attributes = attributes;
        this.confirmations = confirmations;
    }

    public SubscriptionArnResult subscribe(SnsCall call, SubscribeRequest req) {
        SnsTopic topic = topicService.require(call, req.topicArn(), "TopicArn");
        String protocol = req.protocol();
        Endpoints.check(protocol, req.endpoint(), topic.fifo());
        String endpoint = req.endpoint();
        SortedMap<String, String> attrs = new TreeMap<>();
        Map<String, String> given = req.attributes() == null ? Map.of() : req.attributes();
        // the scope first: a filter policy is checked against the scope given with it
        for (String name : orderedNames(given)) {
            if (!SubscriptionAttributes.SETTABLE.contains(name)) {
                throw SnsErrors.invalidParameter("Attributes", "Unknown attribute " + name);
            }
            try {
                attrs = attributes.apply(attrs, name, given.get(name), topic, protocol, endpoint);
            } catch (SubscriptionAttributes.Refused e) {
                throw SnsErrors.invalidParameter("Attributes", e.getMessage());
            }
        }
        boolean returnArn = Boolean.TRUE.equals(req.returnSubscriptionArn());
        for (SnsSubscription existing : subscriptions.ofTopic(topic.arn())) {
            if (existing.protocol().equals(protocol) && existing.endpoint().equals(endpoint)) {
                if (!sameAttributes(existing, attrs)) {
                    throw SnsErrors.invalidParameter("Attributes",
                            "Subscription already exists with different attributes");
                }
                return new SubscriptionArnResult(existing.pending() && !returnArn ? "pending confirmation"
                        : existing.arn());
            }
        }
        boolean atOnce = Endpoints.CONFIRMED_AT_ONCE.contains(protocol);
        SnsSubscription sub = new SnsSubscription(topic.arn() + ":" + UUID.randomUUID(), topic.arn(), protocol,
                endpoint, call.accountId(), attrs, !atOnce, atOnce ? null : newToken(), false);
        subscriptions.put(sub);
        if (!atOnce) {
            confirmations.subscriptionConfirmation(sub, call.baseUrl());
            return new SubscriptionArnResult(returnArn ? sub.arn() : "pending confirmation");
        }
        return new SubscriptionArnResult(sub.arn());
    }

    private static List<String> orderedNames(Map<String, String> given) {
        return given.keySet().stream().sorted((a, b) -> Boolean.compare(!a.equals("FilterPolicyScope"),
                !b.equals("FilterPolicyScope"))).toList();
    }

    private static boolean sameAttributes(SnsSubscription existing, Map<String, String> requested) {
        for (Map.Entry<String, String> e : requested.entrySet()) {
            String have = existing.attribute(e.getKey());
            if (have == null) {
                have = SubscriptionAttributes.defaultValue(e.getKey());
            }
            if (!e.getValue().equals(have)) {
                return false;
            }
        }
        return true;
    }

    static String newToken() {
        byte[] bytes = new byte[64];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public SubscriptionArnResult confirm(SnsCall call, ConfirmSubscriptionRequest req) {
        if (req.token() == null) {
            throw SnsErrors.required("token");
        }
        String[] parts = req.topicArn() == null ? new String[0] : req.topicArn().split(":", -1);
        if (parts.length != 6 || !parts[2].equals("sns") || !parts[3].equals(call.region())) {
            throw SnsErrors.invalidParameter("Topic");
        }
        if (!HEX.matcher(req.token()).matches()) {
            throw SnsErrors.invalidParameterMessage("Invalid token");
        }
        boolean authenticate = "true".equalsIgnoreCase(req.authenticateOnUnsubscribe());
        for (SnsSubscription sub : subscriptions.inRegion(parts[4], call.region())) {
            if (req.token().equals(sub.token())) {
                subscriptions.update(sub.arn(), s -> s.confirmed(authenticate));
                return new SubscriptionArnResult(sub.arn());
            }
        }
        throw SnsErrors.invalidParameter("Token");
    }

    public void unsubscribe(SnsCall call, String arn) {
        SnsSubscription removed = subscriptions.remove(SnsArns.subscription(arn));
        if (removed != null && removed.protocol().startsWith("http") && !removed.pending()) {
            confirmations.unsubscribeConfirmation(removed, newToken(), call.baseUrl());
        }
    }

    public AttributesResult attributes(SnsCall call, String arn) {
        SnsSubscription sub = require(arn);
        return new AttributesResult(SubscriptionAttributes.view(sub, topics.get(sub.topicArn())));
    }

    public void setAttribute(SnsCall call, SetSubscriptionAttributesRequest req) {
        if (req.attributeName() == null) {
            throw SnsErrors.required("attributeName");
        }
        SnsSubscription sub = require(req.subscriptionArn());
        if (!SubscriptionAttributes.SETTABLE.contains(req.attributeName())) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        SnsTopic topic = topics.get(sub.topicArn());
        if (topic == null) {
            throw SnsErrors.subscriptionNotFound();
        }
        SortedMap<String, String> next;
        try {
            next = attributes.apply(sub.attributes(), req.attributeName(), req.attributeValue(), topic,
                    sub.protocol(), sub.endpoint());
        } catch (SubscriptionAttributes.Refused e) {
            throw SnsErrors.invalidParameter(e.getMessage());
        }
        subscriptions.update(sub.arn(), s -> s.withAttributes(next));
    }

    private SnsSubscription require(String arn) {
        SnsSubscription sub = subscriptions.get(SnsArns.subscription(arn));
        if (sub == null) {
            throw SnsErrors.subscriptionNotFound();
        }
        return sub;
    }

    public ListSubscriptionsResult list(SnsCall call, String nextToken) {
        return page(subscriptions.inRegion(call.accountId(), call.region()), nextToken);
    }

    public ListSubscriptionsResult listByTopic(SnsCall call, String topicArn, String nextToken) {
        SnsTopic topic = topicService.require(call, topicArn, "TopicArn");
        return page(subscriptions.ofTopic(topic.arn()), nextToken);
    }

    private static ListSubscriptionsResult page(List<SnsSubscription> all, String nextToken) {
        Page<SnsSubscription> page = Page.of(all, SnsSubscription::arn, nextToken, 100,
                () -> SnsErrors.invalidParameter("NextToken"));
        return new ListSubscriptionsResult(page.items().stream().map(s -> new SubscriptionEntry(
                s.pending() ? "PendingConfirmation" : s.arn(), s.owner(), s.protocol(), s.endpoint(), s.topicArn()))
                .toList(), page.nextMarker());
    }
}
