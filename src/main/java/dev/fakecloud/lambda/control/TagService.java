package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** TagResource, UntagResource and ListTags over every taggable kind of Lambda resource. */
@ApplicationScoped
public class TagService {

    public static final int MAX_TAGS = 50;
    static final Pattern RESOURCE = Pattern.compile("arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?"
            + "-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|layer:([a-zA-Z0-9-_]+)|"
            + "code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)");
    private static final Pattern PARTS = Pattern.compile("arn:[^:]+:lambda:([^:]+):(\\d{12}):([a-z-]+):([^:]+)(:.*)?");

    private final TagStore store;
    private final Map<String, TaggableResources> kinds;

    public TagService(TagStore store, Instance<TaggableResources> kinds) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(TaggableResources::arnType,
                Function.identity()));
    }

    public void tag(Scope scope, String arn, Map<String, String> tags) {
        String resource = existing(scope, arn);
        if (tags == null || tags.isEmpty()) {
            throw new InvalidParameterValueException("An error occurred and the request cannot be processed.");
        }
        if (!store.put(resource, tags, MAX_TAGS)) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
    }

    public void untag(Scope scope, String arn, List<String> keys) {
        String resource = existing(scope, arn);
        if (keys == null || keys.isEmpty()) {
            Validation.start().required(null, "tagKeys").throwIfInvalid();
        }
        store.remove(resource, keys);
    }

    public Map<String, String> list(Scope scope, String arn) {
        return store.get(existing(scope, arn));
    }

    /** Validates the ARN and that its resource exists; returns the ARN under which its tags are kept. */
    private String existing(Scope scope, String arn) {
        Validation.start().pattern(arn, "resource", RESOURCE).throwIfInvalid();
        Matcher m = PARTS.matcher(arn);
        if (!m.matches()) {
            Validation.start().violation(arn, "resource", "Member must satisfy regular expression pattern: "
                    + RESOURCE.pattern()).throwIfInvalid();
        }
        if (m.group(5) != null) {
            throw new InvalidParameterValueException("Tags on function aliases and versions are not supported. Please "
                    + "specify a function ARN.");
        }
        Scope owner = new Scope(m.group(2), m.group(1));
        TaggableResources kind = kinds.get(m.group(3));
        if (kind == null) {
            throw new InvalidParameterValueException("Resource type " + m.group(3) + " does not support tags.");
        }
        kind.requireExists(owner.equals(scope) ? scope : owner, m.group(4), arn);
        return arn;
    }
}
