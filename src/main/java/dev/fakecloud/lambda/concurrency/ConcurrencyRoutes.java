package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.model.ConcurrencyShapes.ListProvisionedConcurrencyConfigsResponse;
import dev.fakecloud.lambda.model.ConcurrencyShapes.ProvisionedConcurrencyConfigListItem;
import dev.fakecloud.lambda.model.ConcurrencyShapes.PutFunctionConcurrencyRequest;
import dev.fakecloud.lambda.model.ConcurrencyShapes.PutProvisionedConcurrencyConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** PutFunctionConcurrency, GetFunctionConcurrency, DeleteFunctionConcurrency and the provisioned concurrency family. */
@ApplicationScoped
public class ConcurrencyRoutes implements LambdaRoutes {

    private static final String RESERVED_2017 = "/2017-10-31/functions/{FunctionName}/concurrency";
    private static final String RESERVED_2019 = "/2019-09-30/functions/{FunctionName}/concurrency";
    private static final String PROVISIONED = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency";

    private final ReservedConcurrencyService reserved;
    private final ProvisionedConcurrencyService provisioned;

    public ConcurrencyRoutes(ReservedConcurrencyService reserved, ProvisionedConcurrencyService provisioned) {
        this.reserved = reserved;
        this.provisioned = provisioned;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("PutFunctionConcurrency", "PUT", RESERVED_2017, 200,
                        call -> reserved.put(call.scope(), functionRef(call),
                                call.body(PutFunctionConcurrencyRequest.class).reservedConcurrentExecutions())),
                RestRoute.model("GetFunctionConcurrency", "GET", RESERVED_2019, 200,
                        call -> reserved.get(call.scope(), functionRef(call))),
                RestRoute.empty("DeleteFunctionConcurrency", "DELETE", RESERVED_2017, 204,
                        call -> reserved.delete(call.scope(), functionRef(call))),
                RestRoute.model("PutProvisionedConcurrencyConfig", "PUT", PROVISIONED, 202,
                        call -> provisioned.put(call.scope(), qualifiedRef(call),
                                call.body(PutProvisionedConcurrencyConfigRequest.class)
                                        .provisionedConcurrentExecutions())),
                RestRoute.model("GetProvisionedConcurrencyConfig", "GET", PROVISIONED, 200,
                        call -> provisioned.get(call.scope(), qualifiedRef(call))),
                RestRoute.empty("DeleteProvisionedConcurrencyConfig", "DELETE", PROVISIONED, 204,
                        call -> provisioned.delete(call.scope(), qualifiedRef(call))),
                RestRoute.model("ListProvisionedConcurrencyConfigs", "GET", PROVISIONED + "?List=ALL", 200,
                        this::list));
    }

    private ListProvisionedConcurrencyConfigsResponse list(LambdaCall call) {
        FunctionRef ref = functionRef(call);
        Page<ProvisionedConcurrencyConfigListItem> page = provisioned.list(call.scope(), ref, call.query("Marker"),
                maxItems(call));
        return new ListProvisionedConcurrencyConfigsResponse(page.items(), page.nextMarker());
    }

    private static FunctionRef functionRef(LambdaCall call) {
        return FunctionRef.parseStrict(call.label("FunctionName"), null, call.scope());
    }

    private static FunctionRef qualifiedRef(LambdaCall call) {
        return ProvisionedConcurrencyService.ref(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }

    /** {@code MaxItems} of ListProvisionedConcurrencyConfigs: 1 to 50, 50 when absent. */
    static int maxItems(LambdaCall call) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 50).throwIfInvalid();
        return max == null ? 50 : max;
    }
}
