package dev.fakecloud.lambda.url;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.model.FunctionUrlShapes.FunctionUrlConfig;
import dev.fakecloud.lambda.model.FunctionUrlShapes.FunctionUrlConfigRequest;
import dev.fakecloud.lambda.model.FunctionUrlShapes.ListFunctionUrlConfigsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The five function URL config operations. */
@ApplicationScoped
public class FunctionUrlRoutes implements LambdaRoutes {

    private static final String FN = "/2021-10-31/functions/{FunctionName}";

    private final FunctionUrlService urls;

    public FunctionUrlRoutes(FunctionUrlService urls) {
        this.urls = urls;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("CreateFunctionUrlConfig", "POST", FN + "/url", 201, call -> urls.create(call.scope(),
                        ref(call), call.body(FunctionUrlConfigRequest.class), baseUrl(call))),
                RestRoute.model("GetFunctionUrlConfig", "GET", FN + "/url", 200,
                        call -> urls.get(call.scope(), ref(call), baseUrl(call))),
                RestRoute.model("UpdateFunctionUrlConfig", "PUT", FN + "/url", 200, call -> urls.update(call.scope(),
                        ref(call), call.body(FunctionUrlConfigRequest.class), baseUrl(call))),
                RestRoute.empty("DeleteFunctionUrlConfig", "DELETE", FN + "/url", 204,
                        call -> urls.delete(call.scope(), ref(call))),
                RestRoute.model("ListFunctionUrlConfigs", "GET", FN + "/urls", 200, this::list));
    }

    private ListFunctionUrlConfigsResponse list(LambdaCall call) {
        FunctionRef ref = FunctionRef.parseStrict(call.label("FunctionName"), null, call.scope());
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 50).throwIfInvalid();
        Page<FunctionUrlConfig> page = urls.list(call.scope(), ref, call.query("Marker"), max == null ? 50 : max,
                baseUrl(call));
        return new ListFunctionUrlConfigsResponse(page.items(), page.nextMarker());
    }

    private static FunctionRef ref(LambdaCall call) {
        return FunctionUrlService.ref(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }

    private static String baseUrl(LambdaCall call) {
        return call.request().baseUrl();
    }
}
