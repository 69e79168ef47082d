package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.Tag;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListTagsForResourceResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.TagResourceRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.UntagResourceRequest;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The tags of CloudWatch's resources (alarms, dashboards, metric streams, insight rules, mute rules), by ARN, in the state store. Which resources exist is asked
 * of their owners, registered by the ARN's resource type ({@code alarm}, {@code dashboard}).
 */
@Startup
@ApplicationScoped
public class TagService {

    static final int MAX_TAGS = 50;

    /** The tags of one resource, in the order they were first given. */
    public record TagSet(Map<String, String> tags) {

        public TagSet {
            tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        }
    }

    private final Table<String, TagSet> table;
    private final Map<String, BiPredicate<CloudWatchCall, String>> owners = new ConcurrentHashMap<>();

    public TagService(StateStore store) {
        this.table = store.table("cloudwatch.tags", String.class, TagSet.class);
    }

    /** Registers who knows whether a resource of {@code type} exists. */
    void owner(String type, BiPredicate<CloudWatchCall, String> exists) {
        owners.put(type, exists);
    }

    void tag(String arn, List<Tag> tags) {
        validate(tags);
        table.upsert(arn, current -> {
            Map<String, String> next = new LinkedHashMap<>(current == null ? Map.of() : current.tags());
            tags.forEach(t -> next.put(t.key(), t.value()));
            if (next.size() > MAX_TAGS) {
                throw CloudWatchErrors.limitExceeded("The maximum number of tags for a resource is " + MAX_TAGS
                        + ".");
            }
            return new TagSet(next);
        });
    }

    void forget(String arn) {
        table.remove(arn);
    }

    public void tagResource(CloudWatchCall call, TagResourceRequest r) {
        requireResource(call, r.resourceArn());
        if (r.tags() == null) {
            throw CloudWatchErrors.missingParameter("Tags");
        }
        tag(r.resourceArn(), r.tags());
    }

    public void untagResource(CloudWatchCall call, UntagResourceRequest r) {
        requireResource(call, r.resourceArn());
        if (r.tagKeys() == null) {
            throw CloudWatchErrors.missingParameter("TagKeys");
        }
        table.update(r.resourceArn(), current -> {
            Map<String, String> next = new LinkedHashMap<>(current.tags());
            r.tagKeys().forEach(next::remove);
            return new TagSet(next);
        });
    }

    public ListTagsForResourceResponse list(CloudWatchCall call, String arn) {
        requireResource(call, arn);
        TagSet set = table.get(arn);
        List<Tag> out = new ArrayList<>();
        if (set != null) {
            set.tags().forEach((k, v) -> out.add(new Tag(k, v)));
        }
        return new ListTagsForResourceResponse(out);
    }

    private void requireResource(CloudWatchCall call, String arn) {
        if (arn == null) {
            throw CloudWatchErrors.missingParameter("ResourceARN");
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("cloudwatch")) {
            throw CloudWatchErrors.invalidParameterValue("Invalid ARN: " + arn);
        }
        String resource = parts[5];
        // alarm:<name>, alarm-mute-rule:<name>, dashboard/<name>, metric-stream/<name>, insight-rule/<name>
        String type = resource.split("[/:]", 2)[0];
        BiPredicate<CloudWatchCall, String> exists = owners.get(type);
        if (exists == null || !exists.test(call, arn)) {
            throw CloudWatchErrors.resourceNotFoundException("Resource not found: " + arn);
        }
    }

    private static void validate(List<Tag> tags) {
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            if (t.key() == null) {
                throw CloudWatchErrors.missingParameter("Tags.member." + (i + 1) + ".Key");
            }
            if (t.value() == null) {
                throw CloudWatchErrors.missingParameter("Tags.member." + (i + 1) + ".Value");
            }
            if (t.key().isEmpty() || t.key().length() > 128 || t.value().length() > 256
                    || t.key().startsWith("aws:")) {
                throw CloudWatchErrors.invalidParameterValue("The value " + t.key() + " for parameter Tags.member."
                        + (i + 1) + ".Key is invalid.");
            }
        }
    }
}
