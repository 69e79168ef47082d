package dev.fakecloud.s3.model;

import java.time.Instant;
import java.util.Map;

/**
 * A bucket and the configurations stored on it.
 *
 * @param versioning null (never enabled), {@code Enabled} or {@code Suspended}
 * @param tags null when the bucket has no tag set
 * @param policy the bucket policy as given, or null
 * @param configs stored configuration documents by sub-resource ({@code cors}, {@code lifecycle}, {@code website},
 *     ... and {@code metrics/<id>} for those kept per id), each as the XML the caller sent
 * @param notifications the notification configuration, never null (empty when none)
 */
public record S3Bucket(String name, String accountId, String region, Instant created, String versioning,
        Map<String, String> tags, String policy, Map<String, String> configs, NotificationConfig notifications,
        String acl) {

    public S3Bucket {
        tags = tags == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        configs = configs == null ? Map.of() : Map.copyOf(configs);
        notifications = notifications == null ? NotificationConfig.EMPTY : notifications;
    }

    public String arn() {
        return "arn:aws:s3:::" + name;
    }

    public boolean versioned() {
        return versioning != null;
    }

    public S3Bucket withVersioning(String status) {
        return new S3Bucket(name, accountId, region, created, status, tags, policy, configs, notifications, acl);
    }

    public S3Bucket withTags(Map<String, String> newTags) {
        return new S3Bucket(name, accountId, region, created, versioning, newTags, policy, configs, notifications, acl);
    }

    public S3Bucket withPolicy(String newPolicy) {
        return new S3Bucket(name, accountId, region, created, versioning, tags, newPolicy, configs, notifications, acl);
    }

    public S3Bucket withConfig(String name, String xml) {
        Map<String, String> copy = new java.util.HashMap<>(configs);
        if (xml == null) {
            copy.remove(name);
        } else {
            copy.put(name, xml);
        }
        return new S3Bucket(this.name, accountId, region, created, versioning, tags, policy, copy, notifications, acl);
    }

    public S3Bucket withNotifications(NotificationConfig config) {
        return new S3Bucket(name, accountId, region, created, versioning, tags, policy, configs, config, acl);
    }

    public S3Bucket withAcl(String newAcl) {
        return new S3Bucket(name, accountId, region, created, versioning, tags, policy, configs, notifications, newAcl);
    }
}
