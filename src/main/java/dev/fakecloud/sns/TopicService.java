package dev.fakecloud.sns;

import dev.fakecloud.core.Page;
import dev.fakecloud.sns.model.SnsShapes.AddPermissionRequest;
import dev.fakecloud.sns.model.SnsShapes.AttributesResult;
import dev.fakecloud.sns.model.SnsShapes.CreateTopicRequest;
import dev.fakecloud.sns.model.SnsShapes.DataProtectionPolicyResult;
import dev.fakecloud.sns.model.SnsShapes.ListTopicsResult;
import dev.fakecloud.sns.model.SnsShapes.PutDataProtectionPolicyRequest;
import dev.fakecloud.sns.model.SnsShapes.SetTopicAttributesRequest;
import dev.fakecloud.sns.model.SnsShapes.Tag;
import dev.fakecloud.sns.model.SnsShapes.TagResourceRequest;
import dev.fakecloud.sns.model.SnsShapes.TagsResult;
import dev.fakecloud.sns.model.SnsShapes.TopicArnResult;
import dev.fakecloud.sns.model.SnsShapes.TopicEntry;
import dev.fakecloud.sns.model.SnsShapes.UntagResourceRequest;
import dev.fakecloud.sns.model.SnsTopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Topics: creation (idempotent as AWS's), deletion, listing, attributes, permissions, tags, data protection. */
@ApplicationScoped
public class TopicService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern FIFO_NAME = Pattern.compile("[A-Za-z0-9_-]{1,251}\\.fifo");
    private static final int MAX_TAGS = 50;

    private final TopicStore topics;
    private final SubscriptionStore subscriptions;

    public TopicService(TopicStore topics, SubscriptionStore subscriptions) {
        this.topics = topics;
        this.subscriptions = subscriptions;
    }

    /** The topic the ARN names in the caller's region, or NotFound. */
    SnsTopic require(SnsCall call, String arn, String parameter) {
        SnsTopic topic = topics.get(SnsArns.topicInRegion(call, arn, parameter));
        if (topic == null) {
            throw SnsErrors.topicNotFound();
        }
        return topic;
    }

    public TopicArnResult create(SnsCall call, CreateTopicRequest req) {
        if (req.name() == null) {
            throw SnsErrors.required("name");
        }
        Map<String, String> attributes = req.attributes() == null ? Map.of() : req.attributes();
        boolean fifo = "true".equalsIgnoreCase(attributes.get("FifoTopic"));
        if (!(fifo ? FIFO_NAME : NAME).matcher(req.name()).matches()) {
            throw SnsErrors.invalidParameter("Topic Name");
        }
        SortedMap<String, String> set = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (name.equals("FifoTopic")) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw SnsErrors.invalidParameter("Attributes", "Invalid value for FifoTopic");
                }
                return;
            }
            if (!TopicAttributes.settable(name)) {
                throw SnsErrors.invalidParameter("Attributes", "Unknown attribute " + name);
            }
            TopicAttributes.check(name, value, fifo);
            if (!value.isEmpty()) {
                set.put(name, name.equals("ContentBasedDeduplication") ? value.toLowerCase() : value);
            }
        });
        SortedMap<String, String> tags = tags(req.tags());
        if (req.dataProtectionPolicy() != null && !req.dataProtectionPolicy().isEmpty()) {
            TopicAttributes.jsonObject("DataProtectionPolicy", req.dataProtectionPolicy());
        }
        String arn = SnsArns.topic(call.accountId(), call.region(), req.name());
        SnsTopic created = new SnsTopic(arn, call.accountId(), call.region(), req.name(), fifo, set, tags,
                req.dataProtectionPolicy() == null || req.dataProtectionPolicy().isEmpty() ? null
                        : req.dataProtectionPolicy(), System.currentTimeMillis());
        SnsTopic existing = topics.putIfAbsent(created);
        if (existing != null) {
            sameAsExisting(existing, attributes, tags);
        }
        return new TopicArnResult(arn);
    }

    /** CreateTopic on an existing name answers its ARN, unless it asks for attributes or tags it does not have. */
    private void sameAsExisting(SnsTopic existing, Map<String, String> attributes, Map<String, String> tags) {
        Map<String, String> current = TopicAttributes.view(existing, List.of());
        attributes.forEach((name, value) -> {
            String have = current.get(name);
            boolean same = have != null && (name.equals("FifoTopic") || name.equals("ContentBasedDeduplication")
                    ? have.equalsIgnoreCase(value) : have.equals(value));
            if (!same && !(name.equals("FifoTopic") && !existing.fifo() && value.equalsIgnoreCase("false"))) {
                throw SnsErrors.invalidParameter("Attributes", "Topic already exists with different attributes");
            }
        });
        tags.forEach((key, value) -> {
            if (!value.equals(existing.tags().get(key))) {
                throw SnsErrors.invalidParameter("Tags", "Topic already exists with different tags");
            }
        });
    }

    public void delete(SnsCall call, String arn) {
        String topicArn = SnsArns.topicInRegion(call, arn, "TopicArn");
        if (topics.remove(topicArn) != null) {
            subscriptions.removeTopic(topicArn);
        }
    }

    public ListTopicsResult list(SnsCall call, String nextToken) {
        Page<SnsTopic> page = Page.of(topics.inRegion(call.accountId(), call.region()), SnsTopic::arn, nextToken, 100,
                () -> SnsErrors.invalidParameter("NextToken"));
        return new ListTopicsResult(page.items().stream().map(t -> new TopicEntry(t.arn())).toList(),
                page.nextMarker());
    }

    public AttributesResult attributes(SnsCall call, String arn) {
        SnsTopic topic = require(call, arn, "TopicArn");
        return new AttributesResult(TopicAttributes.view(topic, subscriptions.ofTopic(topic.arn())));
    }

    public void setAttribute(SnsCall call, SetTopicAttributesRequest req) {
        if (req.attributeName() == null) {
            throw SnsErrors.required("attributeName");
        }
        SnsTopic topic = require(call, req.topicArn(), "TopicArn");
        String name = req.attributeName();
        if (!TopicAttributes.settable(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        String value = req.attributeValue() == null ? "" : req.attributeValue();
        if (!value.isEmpty()) {
            TopicAttributes.check(name, value, topic.fifo());
        }
        topics.update(topic.arn(), t -> {
            SortedMap<String, String> next = new TreeMap<>(t.attributes());
            if (value.isEmpty()) {
                next.remove(name);
            } else {
                next.put(name, name.equals("ContentBasedDeduplication") ? value.toLowerCase() : value);
            }
            return t.withAttributes(next);
        });
    }

    public void addPermission(SnsCall call, AddPermissionRequest req) {
        if (req.label() == null) {
            throw SnsErrors.required("label");
        }
        SnsTopic topic = require(call, req.topicArn(), "TopicArn");
        List<String> accounts = req.awsAccountIds() == null ? List.of() : req.awsAccountIds();
        List<String> actions = req.actionNames() == null ? List.of() : req.actionNames();
        if (accounts.isEmpty() || actions.isEmpty()) {
            throw SnsErrors.invalidParameter(accounts.isEmpty() ? "AWSAccountId" : "ActionName",
                    "no value for required parameter");
        }
        topics.update(topic.arn(), t -> t.withAttributes(withPolicy(t, TopicPolicy.withPermission(policy(t), t.arn(),
                req.label(), accounts, actions))));
    }

    public void removePermission(SnsCall call, String arn, String label) {
        SnsTopic topic = require(call, arn, "TopicArn");
        if (label == null) {
            throw SnsErrors.required("label");
        }
        topics.update(topic.arn(), t -> t.withAttributes(withPolicy(t, TopicPolicy.withoutPermission(policy(t),
                label))));
    }

    private static String policy(SnsTopic t) {
        String p = t.attribute("Policy");
        return p != null ? p : TopicPolicy.defaultPolicy(t.arn(), t.accountId());
    }

    private static SortedMap<String, String> withPolicy(SnsTopic t, String policy) {
        SortedMap<String, String> next = new TreeMap<>(t.attributes());
        next.put("Policy", policy);
        return next;
    }

    public void tag(SnsCall call, TagResourceRequest req) {
        SortedMap<String, String> add = tags(req.tags());
        SnsTopic topic = taggable(call, req.resourceArn());
        boolean[] fits = {true};
        topics.update(topic.arn(), t -> {
            SortedMap<String, String> next = new TreeMap<>(t.tags());
            next.putAll(add);
            fits[0] = next.size() <= MAX_TAGS;
            return fits[0] ? t.withTags(next) : t;
        });
        if (!fits[0]) {
            throw SnsErrors.tagLimitExceeded();
        }
    }

    public void untag(SnsCall call, UntagResourceRequest req) {
        SnsTopic topic = taggable(call, req.resourceArn());
        List<String> keys = req.tagKeys() == null ? List.of() : req.tagKeys();
        topics.update(topic.arn(), t -> {
            SortedMap<String, String> next = new TreeMap<>(t.tags());
            keys.forEach(next::remove);
            return t.withTags(next);
        });
    }

    public TagsResult listTags(SnsCall call, String arn) {
        SnsTopic topic = taggable(call, arn);
        return new TagsResult(topic.tags().entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    private SnsTopic taggable(SnsCall call, String arn) {
        if (arn == null) {
            throw SnsErrors.required("resourceArn");
        }
        SnsArns.parts(arn, "ResourceArn");
        SnsTopic topic = topics.get(arn);
        if (topic == null || !topic.region().equals(call.region())) {
            throw SnsErrors.resourceNotFound();
        }
        return topic;
    }

    private static SortedMap<String, String> tags(List<Tag> tags) {
        SortedMap<String, String> out = new TreeMap<>();
        if (tags == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Tag t : tags) {
            if (t == null || t.key() == null || t.value() == null) {
                throw SnsErrors.required(t == null || t.key() == null ? "tags.member.key" : "tags.member.value");
            }
            if (!seen.add(t.key())) {
                throw SnsErrors.invalidParameter("Duplicated keys are not allowed.");
            }
            if (t.key().isEmpty() || t.key().length() > 128 || t.value().length() > 256) {
                throw SnsErrors.invalidParameter("Tags", "Tag keys must be 1 to 128 and values at most 256 characters");
            }
            out.put(t.key(), t.value());
        }
        if (out.size() > MAX_TAGS) {
            throw SnsErrors.tagLimitExceeded();
        }
        return out;
    }

    public void putDataProtectionPolicy(SnsCall call, PutDataProtectionPolicyRequest req) {
        if (req.dataProtectionPolicy() == null) {
            throw SnsErrors.required("dataProtectionPolicy");
        }
        SnsTopic topic = require(call, req.resourceArn(), "ResourceArn");
        String policy = req.dataProtectionPolicy();
        if (!policy.isEmpty()) {
            TopicAttributes.jsonObject("DataProtectionPolicy", policy);
        }
        topics.update(topic.arn(), t -> t.withDataProtectionPolicy(policy.isEmpty() ? null : policy));
    }

    public DataProtectionPolicyResult dataProtectionPolicy(SnsCall call, String arn) {
        SnsTopic topic = require(call, arn, "ResourceArn");
        return new DataProtectionPolicyResult(topic.dataProtectionPolicy() == null ? "" : topic.dataProtectionPolicy());
    }
}
