package dev.fakecloud.lambda.capacity;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.TaggableResources;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProvider;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProviderResponse;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CreateCapacityProviderRequest;
import dev.fakecloud.lambda.model.CapacityProviderShapes.ListCapacityProvidersResponse;
import dev.fakecloud.lambda.model.CapacityProviderShapes.ListFunctionVersionsByCapacityProviderResponse;
import dev.fakecloud.lambda.model.CapacityProviderShapes.UpdateCapacityProviderRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The capacity provider operations, and capacity providers as a taggable kind. */
@ApplicationScoped
public class CapacityProviderRoutes implements LambdaRoutes, TaggableResources {

    private static final String PROVIDERS = "/2025-11-30/capacity-providers";
    private static final String PROVIDER = PROVIDERS + "/{CapacityProviderName}";

    private final CapacityProviderService service;

    public CapacityProviderRoutes(CapacityProviderService service) {
        this.service = service;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("CreateCapacityProvider", "POST", PROVIDERS, 202, call -> new CapacityProviderResponse(
                        service.create(call.scope(), call.body(CreateCapacityProviderRequest.class)))),
                RestRoute.model("GetCapacityProvider", "GET", PROVIDER, 200, call -> new CapacityProviderResponse(
                        service.get(call.scope(), call.label("CapacityProviderName")))),
                RestRoute.model("UpdateCapacityProvider", "PUT", PROVIDER, 202, call -> new CapacityProviderResponse(
                        service.update(call.scope(), call.label("CapacityProviderName"),
                                call.body(UpdateCapacityProviderRequest.class).capacityProviderScalingConfig()))),
                RestRoute.model("DeleteCapacityProvider", "DELETE", PROVIDER, 202, call -> new CapacityProviderResponse(
                        service.delete(call.scope(), call.label("CapacityProviderName")))),
                RestRoute.model("ListCapacityProviders", "GET", PROVIDERS, 200, this::list),
                RestRoute.model("ListFunctionVersionsByCapacityProvider", "GET", PROVIDER + "/function-versions", 200,
                        this::listVersions));
    }

    private ListCapacityProvidersResponse list(LambdaCall call) {
        Page<CapacityProvider> page = service.list(call.scope(), call.query("State"), call.query("Marker"),
                maxItems(call));
        return new ListCapacityProvidersResponse(page.items(), page.nextMarker());
    }

    private ListFunctionVersionsByCapacityProviderResponse listVersions(LambdaCall call) {
        CapacityProviderService.VersionsPage result = service.functionVersions(call.scope(),
                call.label("CapacityProviderName"), call.query("Marker"), maxItems(call));
        return new ListFunctionVersionsByCapacityProviderResponse(result.capacityProviderArn(),
                result.page().items(), result.page().nextMarker());
    }

    private static int maxItems(LambdaCall call) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 50).throwIfInvalid();
        return max == null ? 50 : max;
    }

    @Override
    public String arnType() {
        return "capacity-provider";
    }

    @Override
    public void requireExists(Scope scope, String id, String arn) {
        service.requireExists(scope, id);
    }
}
