package dev.fakecloud.lambda.asyncconfig;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.model.EventInvokeShapes.EventInvokeConfigRequest;
import dev.fakecloud.lambda.model.EventInvokeShapes.FunctionEventInvokeConfig;
import dev.fakecloud.lambda.model.EventInvokeShapes.ListFunctionEventInvokeConfigsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The five event invoke config operations (asynchronous invocation settings). */
@ApplicationScoped
public class EventInvokeConfigRoutes implements LambdaRoutes {

    private static final String CONFIG = "/2019-09-25/functions/{FunctionName}/event-invoke-config";

    private final EventInvokeConfigService configs;

    public EventInvokeConfigRoutes(EventInvokeConfigService configs) {
        this.configs = configs;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("PutFunctionEventInvokeConfig", "PUT", CONFIG, 200,
                        call -> configs.put(call.scope(), ref(call), call.body(EventInvokeConfigRequest.class))),
                RestRoute.model("UpdateFunctionEventInvokeConfig", "POST", CONFIG, 200,
                        call -> configs.update(call.scope(), ref(call), call.body(EventInvokeConfigRequest.class))),
                RestRoute.model("GetFunctionEventInvokeConfig", "GET", CONFIG, 200,
                        call -> configs.get(call.scope(), ref(call))),
                RestRoute.empty("DeleteFunctionEventInvokeConfig", "DELETE", CONFIG, 204,
                        call -> configs.delete(call.scope(), ref(call))),
                RestRoute.model("ListFunctionEventInvokeConfigs", "GET", CONFIG + "/list", 200, this::list));
    }

    private ListFunctionEventInvokeConfigsResponse list(LambdaCall call) {
        FunctionRef ref = FunctionRef.parse(call.label("FunctionName"), null, call.scope());
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 50).throwIfInvalid();
        Page<FunctionEventInvokeConfig> page = configs.list(call.scope(), ref, call.query("Marker"),
                max == null ? 50 : max);
        return new ListFunctionEventInvokeConfigsResponse(page.items(), page.nextMarker());
    }

    private static FunctionRef ref(LambdaCall call) {
        return FunctionRef.parse(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }
}
