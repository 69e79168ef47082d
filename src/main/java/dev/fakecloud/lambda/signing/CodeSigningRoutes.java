package dev.fakecloud.lambda.signing;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.TaggableResources;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningConfig;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningConfigResponse;
import dev.fakecloud.lambda.model.CodeSigningShapes.CreateCodeSigningConfigRequest;
import dev.fakecloud.lambda.model.CodeSigningShapes.ListCodeSigningConfigsResponse;
import dev.fakecloud.lambda.model.CodeSigningShapes.ListFunctionsByCodeSigningConfigResponse;
import dev.fakecloud.lambda.model.CodeSigningShapes.PutFunctionCodeSigningConfigRequest;
import dev.fakecloud.lambda.model.CodeSigningShapes.UpdateCodeSigningConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The code signing configuration operations, and code signing configurations as a taggable kind. */
@ApplicationScoped
public class CodeSigningRoutes implements LambdaRoutes, TaggableResources {

    private static final String CONFIGS = "/2020-04-22/code-signing-configs";
    private static final String CONFIG = CONFIGS + "/{CodeSigningConfigArn}";
    private static final String FUNCTION = "/2020-06-30/functions/{FunctionName}/code-signing-config";

    private final CodeSigningService service;

    public CodeSigningRoutes(CodeSigningService service) {
        this.service = service;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("CreateCodeSigningConfig", "POST", CONFIGS, 201, call -> new CodeSigningConfigResponse(
                        service.create(call.scope(), call.body(CreateCodeSigningConfigRequest.class)))),
                RestRoute.model("GetCodeSigningConfig", "GET", CONFIG, 200, call -> new CodeSigningConfigResponse(
                        service.get(call.scope(), call.label("CodeSigningConfigArn")))),
                RestRoute.model("UpdateCodeSigningConfig", "PUT", CONFIG, 200, call -> new CodeSigningConfigResponse(
                        service.update(call.scope(), call.label("CodeSigningConfigArn"),
                                call.body(UpdateCodeSigningConfigRequest.class)))),
                RestRoute.empty("DeleteCodeSigningConfig", "DELETE", CONFIG, 204,
                        call -> service.delete(call.scope(), call.label("CodeSigningConfigArn"))),
                RestRoute.model("ListCodeSigningConfigs", "GET", CONFIGS, 200, this::list),
                RestRoute.model("ListFunctionsByCodeSigningConfig", "GET", CONFIG + "/functions", 200,
                        this::listFunctions),
                RestRoute.model("PutFunctionCodeSigningConfig", "PUT", FUNCTION, 200, call -> service.attach(
                        call.scope(), functionRef(call),
                        call.body(PutFunctionCodeSigningConfigRequest.class).codeSigningConfigArn())),
                RestRoute.model("GetFunctionCodeSigningConfig", "GET", FUNCTION, 200,
                        call -> service.ofFunction(call.scope(), functionRef(call))),
                RestRoute.empty("DeleteFunctionCodeSigningConfig", "DELETE", FUNCTION, 204,
                        call -> service.detach(call.scope(), functionRef(call))));
    }

    private ListCodeSigningConfigsResponse list(LambdaCall call) {
        Page<CodeSigningConfig> page = service.list(call.scope(), call.query("Marker"), maxItems(call));
        return new ListCodeSigningConfigsResponse(page.nextMarker(), page.items());
    }

    private ListFunctionsByCodeSigningConfigResponse listFunctions(LambdaCall call) {
        Page<String> page = service.functionsUsing(call.scope(), call.label("CodeSigningConfigArn"),
                call.query("Marker"), maxItems(call));
        return new ListFunctionsByCodeSigningConfigResponse(page.nextMarker(), page.items());
    }

    private static FunctionRef functionRef(LambdaCall call) {
        return FunctionRef.parse(call.label("FunctionName"), null, call.scope());
    }

    private static int maxItems(LambdaCall call) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 10000).throwIfInvalid();
        return max == null ? 50 : max;
    }

    @Override
    public String arnType() {
        return "code-signing-config";
    }

    @Override
    public void requireExists(Scope scope, String id, String arn) {
        service.requireExists(scope, arn);
    }
}
