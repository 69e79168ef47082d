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
                RestRoute.of("CreateFunction", "POST", "/2015-03-31/functions", 201, this::create).onWorker(),
                RestRoute.of("GetFunction", "GET", FN, 200, this::get),
                RestRoute.of("GetFunctionConfiguration", "GET", FN + "/configuration", 200, this::getConfiguration),
                RestRoute.of("UpdateFunctionConfiguration", "PUT", FN + "/configuration", 200, this::updateConfiguration),
                RestRoute.of("UpdateFunctionCode", "PUT", FN + "/code", 200, this::updateCode).onWorker(),
                RestRoute.of("DeleteFunction", "DELETE", FN, 204, this::delete),
                RestRoute.of("ListFunctions", "GET", "/2015-03-31/functions", 200, this::list),
                RestRoute.of("PublishVersion", "POST", FN + "/versions", 201, this::publish),
                RestRoute.of("ListVersionsByFunction", "GET", FN + "/versions", 200, this::listVersions),
                RestRoute.of("CreateAlias", "POST", FN + "/aliases", 201, this::createAlias),
                RestRoute.of("GetAlias", "GET", FN + "/aliases/{Name}", 200, this::getAlias),
                RestRoute.of("UpdateAlias", "PUT", FN + "/aliases/{Name}", 200, this::updateAlias),
                RestRoute.of("DeleteAlias", "DELETE", FN + "/aliases/{Name}", 204, this::deleteAlias),
                RestRoute.of("ListAliases", "GET", FN + "/aliases", 200, this::listAliases));
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

    private Object create(LambdaCall call) {
        CreateFunctionRequest request = call.body(CreateFunctionRequest.class);
        String signing = request.codeSigningConfigArn();
        if (signing != null) {
            codeSigning.requireExists(call.scope(), signing);
        }
        return functions.create(call.scope(), request).response();
    }

    private Object get(LambdaCall call) {
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

    private Object getConfiguration(LambdaCall call) {
        return functions.resolve(call.scope(), lookupRef(call)).view();
    }

    private Object updateConfiguration(LambdaCall call) {
        return functions.updateConfiguration(call.scope(), strictRef(call),
                call.body(UpdateFunctionConfigurationRequest.class));
    }

    private Object updateCode(LambdaCall call) {
        return functions.updateCode(call.scope(), strictRef(call), call.body(UpdateFunctionCodeRequest.class));
    }

    private Object delete(LambdaCall call) {
        functions.delete(call.scope(), lookupRef(call));
        return null;
    }

    private Object list(LambdaCall call) {
        String functionVersion = call.query("FunctionVersion");
        Validation.start().oneOf(functionVersion, "functionVersion", List.of("ALL")).throwIfInvalid();
        Page<FunctionConfiguration> page = functions.list(call.scope(), functionVersion != null, call.query("Marker"),
                maxItems(call, 50));
        return new ListFunctionsResponse(page.nextMarker(), page.items());
    }

    private Object publish(LambdaCall call) {
        return versions.publish(call.scope(), strictRef(call), call.body(PublishVersionRequest.class));
    }

    private Object listVersions(LambdaCall call) {
        Page<FunctionConfiguration> page = versions.listVersions(call.scope(), lookupRef(call), call.query("Marker"),
                maxItems(call, 50));
        return new ListVersionsByFunctionResponse(page.nextMarker(), page.items());
    }

    private Object createAlias(LambdaCall call) {
        return versions.createAlias(call.scope(), strictRef(call), call.body(CreateAliasRequest.class));
    }

    private Object getAlias(LambdaCall call) {
        return versions.getAlias(call.scope(), strictRef(call), call.label("Name"));
    }

    private Object updateAlias(LambdaCall call) {
        return versions.updateAlias(call.scope(), strictRef(call), call.label("Name"),
                call.body(UpdateAliasRequest.class));
    }

    private Object deleteAlias(LambdaCall call) {
        versions.deleteAlias(call.scope(), strictRef(call), call.label("Name"));
        return null;
    }

    private Object listAliases(LambdaCall call) {
        Page<AliasConfiguration> page = versions.listAliases(call.scope(), strictRef(call),
                call.query("FunctionVersion"), call.query("Marker"), maxItems(call, 50));
        return new ListAliasesResponse(page.nextMarker(), page.items());
    }
}
