package dev.fakecloud.lambda.policy;

import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.model.PolicyShapes.AddPermissionRequest;
import dev.fakecloud.lambda.model.PolicyShapes.AddPermissionResponse;
import dev.fakecloud.lambda.model.PolicyShapes.GetPolicyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** AddPermission, RemovePermission and GetPolicy: the resource-based policy of a function, version or alias. */
@ApplicationScoped
public class FunctionPolicyRoutes implements LambdaRoutes {

    private static final String POLICY = "/2015-03-31/functions/{FunctionName}/policy";

    private final FunctionPolicyService policies;

    public FunctionPolicyRoutes(FunctionPolicyService policies) {
        this.policies = policies;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("AddPermission", "POST", POLICY, 201, this::add),
                RestRoute.empty("RemovePermission", "DELETE", POLICY + "/{StatementId}", 204, this::remove),
                RestRoute.model("GetPolicy", "GET", POLICY, 200, this::get));
    }

    private AddPermissionResponse add(LambdaCall call) {
        return policies.add(call.scope(), call.label("FunctionName"), call.query("Qualifier"),
                call.body(AddPermissionRequest.class));
    }

    private void remove(LambdaCall call) {
        policies.remove(call.scope(), call.label("FunctionName"), call.label("StatementId"), call.query("Qualifier"),
                call.query("RevisionId"));
    }

    private GetPolicyResponse get(LambdaCall call) {
        return policies.get(call.scope(), call.label("FunctionName"), call.query("Qualifier"));
    }
}
