package dev.fakecloud.events;

import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.EventsShapes.ListTagsForResourceRequest;
import dev.fakecloud.events.model.EventsShapes.ListTagsForResourceResponse;
import dev.fakecloud.events.model.EventsShapes.TagResourceRequest;
import dev.fakecloud.events.model.EventsShapes.Tag;
import dev.fakecloud.events.model.EventsShapes.UntagResourceRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Tags of event buses and rules, addressed by ARN; the resource must exist. */
@ApplicationScoped
public class TagService {

    private final TagStore tags;
    private final BusService buses;
    private final RuleStore rules;

    public TagService(TagStore tags, BusService buses, RuleStore rules) {
        this.tags = tags;
        this.buses = buses;
        this.rules = rules;
    }

    void tag(EventsCall call, TagResourceRequest r) {
        Validation v = Validation.start().required(r.resourceARN(), "resourceARN")
                .length(r.resourceARN(), "resourceARN", 1, 1600).required(r.tags(), "tags");
        if (r.tags() != null) {
            for (int i = 0; i < r.tags().size(); i++) {
                Tag t = r.tags().get(i);
                v.length(t.key(), "tags." + (i + 1) + ".member.key", 1, 128)
                        .length(t.value(), "tags." + (i + 1) + ".member.value", 0, 256);
            }
        }
        v.throwIfInvalid();
        tags.put(existing(call, r.resourceARN()), r.tags());
    }

    void untag(EventsCall call, UntagResourceRequest r) {
        Validation.start().required(r.resourceARN(), "resourceARN").length(r.resourceARN(), "resourceARN", 1, 1600)
                .required(r.tagKeys(), "tagKeys").throwIfInvalid();
        tags.remove(existing(call, r.resourceARN()), r.tagKeys());
    }

    ListTagsForResourceResponse list(EventsCall call, ListTagsForResourceRequest r) {
        Validation.start().required(r.resourceARN(), "resourceARN").length(r.resourceARN(), "resourceARN", 1, 1600)
                .throwIfInvalid();
        return new ListTagsForResourceResponse(tags.get(existing(call, r.resourceARN())));
    }

    /** The ARN of a bus or rule that exists, or AWS's ResourceNotFoundException for it. */
    private String existing(EventsCall call, String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("events")) {
            throw EventsErrors.validation("Invalid ARN " + arn);
        }
        String resource = parts[5];
        if (resource.startsWith("event-bus/")) {
            if (buses.byArn(arn).isEmpty()) {
                throw EventsErrors.busNotFound(resource.substring("event-bus/".length()));
            }
            return arn;
        }
        if (resource.startsWith("rule/")) {
            String path = resource.substring("rule/".length());
            int slash = path.lastIndexOf('/');
            String bus = slash < 0 ? EventBus.DEFAULT : path.substring(0, slash);
            String name = path.substring(slash + 1);
            if (rules.find(arn).isEmpty()) {
                throw EventsErrors.ruleNotFound(name, bus);
            }
            return arn;
        }
        throw EventsErrors.notFound("Resource " + arn + " does not exist.");
    }
}
