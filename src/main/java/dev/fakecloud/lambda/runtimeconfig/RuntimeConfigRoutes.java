package dev.fakecloud.lambda.runtimeconfig;

import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.FunctionRecursionConfig;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutFunctionScalingConfigRequest;
import dev.fakecloud.lambda.model.RuntimeConfigShapes.PutRuntimeManagementConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Runtime management, recursive loop detection and function scaling configuration of functions. */
@ApplicationScoped
public class RuntimeConfigRoutes implements LambdaRoutes {

    private static final String RUNTIME = "/2021-07-20/functions/{FunctionName}/runtime-management-config";
    private static final String RECURSION = "/2024-08-31/functions/{FunctionName}/recursion-config";
    private static final String SCALING = "/2025-11-30/functions/{FunctionName}/function-scaling-config";

    private final RuntimeManagementService runtime;
    private final RecursionService recursion;
    private final FunctionScalingService scaling;

    public RuntimeConfigRoutes(RuntimeManagementService runtime, RecursionService recursion,
            FunctionScalingService scaling) {
        this.runtime = runtime;
        this.recursion = recursion;
        this.scaling = scaling;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("GetRuntimeManagementConfig", "GET", RUNTIME, 200,
                        call -> runtime.get(call.scope(), ref(call))),
                RestRoute.model("PutRuntimeManagementConfig", "PUT", RUNTIME, 200,
                        call -> runtime.put(call.scope(), ref(call),
                                call.body(PutRuntimeManagementConfigRequest.class))),
                RestRoute.model("GetFunctionRecursionConfig", "GET", RECURSION, 200,
                        call -> recursion.get(call.scope(), call.label("FunctionName"))),
                RestRoute.model("PutFunctionRecursionConfig", "PUT", RECURSION, 200,
                        call -> recursion.put(call.scope(), call.label("FunctionName"),
                                call.body(FunctionRecursionConfig.class))),
                RestRoute.model("GetFunctionScalingConfig", "GET", SCALING, 200,
                        call -> scaling.get(call.scope(), call.label("FunctionName"), call.query("Qualifier"))),
                RestRoute.model("PutFunctionScalingConfig", "PUT", SCALING, 202,
                        call -> scaling.put(call.scope(), call.label("FunctionName"), call.query("Qualifier"),
                                call.body(PutFunctionScalingConfigRequest.class).functionScalingConfig())));
    }

    private static FunctionRef ref(LambdaCall call) {
        return FunctionRef.parse(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }
}
