package dev.fakecloud.sns.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A topic as stored: its identity, the attributes its owner set (defaults are filled in when they are read), its
 * tags and its data protection policy.
 *
 * @param attributes attributes set by CreateTopic and SetTopicAttributes, by name
 * @param dataProtectionPolicy the policy document, or null
 */
public record SnsTopic(String arn, String accountId, String region, String name, boolean fifo,
        SortedMap<String, String> attributes, SortedMap<String, String> tags, String dataProtectionPolicy,
        long createdAt) {

    public SnsTopic {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean contentBasedDeduplication() {
        return "true".equals(attributes.get("ContentBasedDeduplication"));
    }

    public SnsTopic withAttributes(SortedMap<String, String> next) {
        return new SnsTopic(arn, accountId, region, name, fifo, next, tags, dataProtectionPolicy, createdAt);
    }

    public SnsTopic withTags(SortedMap<String, String> next) {
        return new SnsTopic(arn, accountId, region, name, fifo, attributes, next, dataProtectionPolicy, createdAt);
    }

    public SnsTopic withDataProtectionPolicy(String policy) {
        return new SnsTopic(arn, accountId, region, name, fifo, attributes, tags, policy, createdAt);
    }
}
