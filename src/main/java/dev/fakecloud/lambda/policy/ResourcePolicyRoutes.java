package dev.fakecloud.lambda.policy;

import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The resource-policy operations (API version 2026-07-09). */
@ApplicationScoped
public class ResourcePolicyRoutes implements LambdaRoutes {

    private static final String PATH = "/2026-07-09/resource-policy/{ResourceArn}";

    @RegisterForReflection
    public record PutResourcePolicyRequest(String policy, String revisionId) {
    }

    private final ResourcePolicyService policies;

    public ResourcePolicyRoutes(ResourcePolicyService policies) {
        this.policies = policies;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("GetResourcePolicy", "GET", PATH, 200, this::get),
                RestRoute.model("PutResourcePolicy", "PUT", PATH, 200, this::put),
                RestRoute.empty("DeleteResourcePolicy", "DELETE", PATH, 204, this::delete));
    }

    private ResourcePolicyService.PolicyView get(LambdaCall call) {
        return policies.get(call.scope(), call.label("ResourceArn"));
    }

    private ResourcePolicyService.PolicyView put(LambdaCall call) {
        PutResourcePolicyRequest r = call.body(PutResourcePolicyRequest.class);
        return policies.put(call.scope(), call.label("ResourceArn"), r.policy(), r.revisionId());
    }

    private void delete(LambdaCall call) {
        policies.delete(call.scope(), call.label("ResourceArn"), call.query("RevisionId"));
    }
}
