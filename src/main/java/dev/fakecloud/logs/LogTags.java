package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.LogsShapes.TagsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tags of log groups, by name (TagLogGroup and its kin) or by ARN (TagResource and its kin). */
@ApplicationScoped
public class LogTags {

    static final int MAX_TAGS = 50;

    private final LogStore store;
    private final LogGroupService groups;

    public LogTags(LogStore store, LogGroupService groups) {
        this.store = store;
        this.groups = groups;
    }

    static void validate(Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'tags' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_TAGS);
        }
        tags.forEach((k, v) -> {
            if (k.isEmpty() || k.length() > 128 || v == null || v.length() > 256 || k.startsWith("aws:")) {
                throw LogsErrors.invalidParameter("The tag " + k + " is not valid.");
            }
        });
    }

    public void tag(LogsCall call, String groupName, Map<String, String> tags) {
        Group g = groups.require(call, groupName);
        if (tags == null) {
            throw LogsErrors.missing("tags");
        }
        validate(tags);
        store.updateGroup(g.key(), current -> {
            Map<String, String> next = new LinkedHashMap<>(current.tags());
            next.putAll(tags);
            if (next.size() > MAX_TAGS) {
                throw LogsErrors.invalidParameter("A log group can have at most " + MAX_TAGS + " tags.");
            }
            return current.withTags(next);
        });
    }

    public void untag(LogsCall call, String groupName, List<String> keys) {
        Group g = groups.require(call, groupName);
        if (keys == null) {
            throw LogsErrors.missing("tagKeys");
        }
        store.updateGroup(g.key(), current -> {
            Map<String, String> next = new LinkedHashMap<>(current.tags());
            keys.forEach(next::remove);
            return current.withTags(next);
        });
    }

    public TagsResponse list(LogsCall call, String groupName) {
        return new TagsResponse(groups.require(call, groupName).tags());
    }

    /** The group an ARN names ({@code arn:aws:logs:<region>:<account>:log-group:<name>[:*]}). */
    String groupOfArn(LogsCall call, String arn) {
        if (arn == null) {
            throw LogsErrors.missing("resourceArn");
        }
        if (!arn.startsWith("arn:aws:logs:") || !arn.contains(":log-group:")) {
            throw LogsErrors.invalidParameter("The specified resource ARN is not valid: " + arn);
        }
        String name = LogGroupService.nameOf(arn);
        if (store.group(call.groupKey(name)) == null) {
            throw LogsErrors.resourceNotFound("The specified resource does not exist.");
        }
        return name;
    }
}
