package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.CreateAliasRequest;
import dev.fakecloud.lambda.model.FunctionRequests.CreateFunctionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.GetFunctionResponse;
import dev.fakecloud.lambda.model.FunctionRequests.ListAliasesResponse;
import dev.fakecloud.lambda.model.FunctionRequests.ListFunctionsResponse;
import dev.fakecloud.lambda.model.FunctionRequests.ListVersionsByFunctionResponse;
import dev.fakecloud.lambda.model.FunctionRequests.PublishVersionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateAliasRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionCodeRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionConfigurationRequest;
import dev.fakecloud.lambda.model.FunctionShapes.Concurrency;
import dev.fakecloud.lambda.model.FunctionShapes.FunctionCodeLocation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The operations on functions, versions and aliases. */
@ApplicationScoped
public class FunctionRoutes implements LambdaRoutes {

    private static final String FN = "/2015-03-31/functions/{FunctionName}";

    private final FunctionService functions;
    private final VersionAliasService versions;
    private final TagStore tags;
    private final CodeSigningCheck codeSigning;

    public FunctionRoutes(FunctionService functions, VersionAliasService versions, TagStore tags,
            CodeSigningCheck codeSigning) {
        this.tags = tags;
        this.codeSigning = codeSigning;
        this.functions = functions;
        this.versions = versions;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("CreateFunction", "POST", "/2015-03-31/functions", 201, this::create).onWorker(),
                RestRoute.model("GetFunction", "GET", FN, 200, this::get),
                RestRoute.model("GetFunctionConfiguration", "GET", FN + "/configuration", 200, this::getConfiguration),
                RestRoute.model("UpdateFunctionConfiguration", "PUT", FN + "/configuration", 200,
                        this::updateConfiguration),
                RestRoute.model("UpdateFunctionCode", "PUT", FN + "/code", 200, this::updateCode).onWorker(),
                RestRoute.empty("DeleteFunction", "DELETE", FN, 204, this::delete),
                RestRoute.model("ListFunctions", "GET", "/2015-03-31/functions", 200, this::list),
                RestRoute.model("PublishVersion", "POST", FN + "/versions", 201, this::publish),
                RestRoute.model("ListVersionsByFunction", "GET", FN + "/versions", 200, this::listVersions),
                RestRoute.model("CreateAlias", "POST", FN + "/aliases", 201, this::createAlias),
                RestRoute.model("GetAlias", "GET", FN + "/aliases/{Name}", 200, this::getAlias),
                RestRoute.model("UpdateAlias", "PUT", FN + "/aliases/{Name}", 200, this::updateAlias),
                RestRoute.empty("DeleteAlias", "DELETE", FN + "/aliases/{Name}", 204, this::deleteAlias),
                RestRoute.model("ListAliases", "GET", FN + "/aliases", 200, this::listAliases));
    }

    /** The function named by the path, with the {@code Qualifier} query member. */
    static FunctionRef lookupRef(LambdaCall call) {
        return FunctionRef.parse(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }

    static FunctionRef strictRef(LambdaCall call) {
        return FunctionRef.parseStrict(call.label("FunctionName"), call.query("Qualifier"), call.scope());
    }

    /** {@code MaxItems} with its model range and the operation's default. */
    static int maxItems(LambdaCall call, int defaultValue) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 10000).throwIfInvalid();
        return max == null ? defaultValue : max;
    }

    private FunctionConfiguration create(LambdaCall call) {
        CreateFunctionRequest request = call.body(CreateFunctionRequest.class);
        String signing = request.codeSigningConfigArn();
        if (signing != null) {
            codeSigning.requireExists(call.scope(), signing);
        }
        return functions.create(call.scope(), request).response();
    }

    private GetFunctionResponse get(LambdaCall call) {
        Scope scope = call.scope();
        ResolvedFunction resolved = functions.resolve(scope, lookupRef(call));
        LambdaFunction fn = resolved.function();
        CodeArtifact code = resolved.version().code();
        FunctionCodeLocation location = code.isImage()
                ? new FunctionCodeLocation("ECR", null, code.imageUri(), code.imageUri() + "@sha256:" + code.sha256(), null)
                : new FunctionCodeLocation("S3", call.request().baseUrl() + CodeResource.path(scope, fn.name(),
                        resolved.executedVersion()), null, null, null);
        Map<String, String> fnTags = tags.get(fn.arn());
        Map<String, String> tagView = fnTags.isEmpty() ? null : new TreeMap<>(fnTags);
        Integer reserved = fn.reservedConcurrency();
        return new GetFunctionResponse(resolved.view(), location, tagView,
                reserved == null ? null : new Concurrency(reserved));
    }

    private FunctionConfiguration getConfiguration(LambdaCall call) {
        return functions.resolve(call.scope(), lookupRef(call)).view();
    }

    private FunctionConfiguration updateConfiguration(LambdaCall call) {
        return functions.updateConfiguration(call.scope(), strictRef(call),
                call.body(UpdateFunctionConfigurationRequest.class));
    }

    private FunctionConfiguration updateCode(LambdaCall call) {
        return functions.updateCode(call.scope(), strictRef(call), call.body(UpdateFunctionCodeRequest.class));
    }

    private void delete(LambdaCall call) {
        functions.delete(call.scope(), lookupRef(call));
    }

    private ListFunctionsResponse list(LambdaCall call) {
        String functionVersion = call.query("FunctionVersion");
        Validation.start().oneOf(functionVersion, "functionVersion", List.of("ALL")).throwIfInvalid();
        Page<FunctionConfiguration> page = functions.list(call.scope(), functionVersion != null, call.query("Marker"),
                maxItems(call, 50));
        return new ListFunctionsResponse(page.nextMarker(), page.items());
    }

    private FunctionConfiguration publish(LambdaCall call) {
        return versions.publish(call.scope(), strictRef(call), call.body(PublishVersionRequest.class));
    }

    private ListVersionsByFunctionResponse listVersions(LambdaCall call) {
        Page<FunctionConfiguration> page = versions.listVersions(call.scope(), lookupRef(call), call.query("Marker"),
                maxItems(call, 50));
        return new ListVersionsByFunctionResponse(page.nextMarker(), page.items());
    }

    private AliasConfiguration createAlias(LambdaCall call) {
        return versions.createAlias(call.scope(), strictRef(call), call.body(CreateAliasRequest.class));
    }

    private AliasConfiguration getAlias(LambdaCall call) {
        return versions.getAlias(call.scope(), strictRef(call), call.label("Name"));
    }

    private AliasConfiguration updateAlias(LambdaCall call) {
        return versions.updateAlias(call.scope(), strictRef(call), call.label("Name"),
                call.body(UpdateAliasRequest.class));
    }

    private void deleteAlias(LambdaCall call) {
        versions.deleteAlias(call.scope(), strictRef(call), call.label("Name"));
    }

    private ListAliasesResponse listAliases(LambdaCall call) {
        Page<AliasConfiguration> page = versions.listAliases(call.scope(), strictRef(call),
                call.query("FunctionVersion"), call.query("Marker"), maxItems(call, 50));
        return new ListAliasesResponse(page.nextMarker(), page.items());
    }
}
