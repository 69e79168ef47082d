package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.core.Scope;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource, ListTags; and functions as a taggable kind. */
@ApplicationScoped
public class TagRoutes implements LambdaRoutes, TaggableResources {

    private static final String TAGS = "/2017-03-31/tags/{Resource}";

    @RegisterForReflection
    public record TagResourceRequest(Map<String, String> tags) {
    }

    @RegisterForReflection
    public record ListTagsResponse(Map<String, String> tags) {
    }

    private final TagService tags;
    private final FunctionStore functions;

    public TagRoutes(TagService tags, FunctionStore functions) {
        this.tags = tags;
        this.functions = functions;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.empty("TagResource", "POST", TAGS, 204,
                        call -> tags.tag(call.scope(), call.label("Resource"),
                                call.body(TagResourceRequest.class).tags())),
                RestRoute.empty("UntagResource", "DELETE", TAGS, 204,
                        call -> tags.untag(call.scope(), call.label("Resource"),
                                call.request().queryParams("tagKeys"))),
                RestRoute.model("ListTags", "GET", TAGS, 200, this::list));
    }

    private ListTagsResponse list(LambdaCall call) {
        return new ListTagsResponse(tags.list(call.scope(), call.label("Resource")));
    }

    @Override
    public String arnType() {
        return "function";
    }

    @Override
    public void requireExists(Scope scope, String id, String arn) {
        if (functions.find(scope, id).isEmpty()) {
            throw new ResourceNotFoundException("Function not found: " + arn);
        }
    }
}
