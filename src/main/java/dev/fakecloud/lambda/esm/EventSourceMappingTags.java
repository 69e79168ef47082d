package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.TaggableResources;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

/** Event source mappings as a taggable kind of resource ({@code arn:...:event-source-mapping:<uuid>}). */
@ApplicationScoped
public class EventSourceMappingTags implements TaggableResources {

    private final EventSourceMappingService mappings;

    public EventSourceMappingTags(EventSourceMappingService mappings) {
        this.mappings = mappings;
    }

    @Override
    public String arnType() {
        return "event-source-mapping";
    }

    @Override
    public void requireExists(Scope scope, String id, String arn) {
        if (mappings.find(scope, id).isEmpty()) {
            throw new ResourceNotFoundException("Event source mapping not found: " + arn);
        }
    }
}
