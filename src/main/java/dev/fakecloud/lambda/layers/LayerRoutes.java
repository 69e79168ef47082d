package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.model.LayerShapes.LayersListItem;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionResponse;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionsListItem;
import dev.fakecloud.lambda.model.LayerShapes.ListLayerVersionsResponse;
import dev.fakecloud.lambda.model.LayerShapes.ListLayersResponse;
import dev.fakecloud.lambda.model.LayerShapes.PublishLayerVersionRequest;
import dev.fakecloud.lambda.model.PolicyShapes.AddLayerVersionPermissionRequest;
import dev.fakecloud.lambda.model.PolicyShapes.AddLayerVersionPermissionResponse;
import dev.fakecloud.lambda.model.PolicyShapes.GetLayerVersionPolicyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The layer operations and the operations on layer version policies. */
@ApplicationScoped
public class LayerRoutes implements LambdaRoutes {

    private static final String LAYERS = "/2018-10-31/layers";
    private static final String VERSIONS = LAYERS + "/{LayerName}/versions";
    private static final String VERSION = VERSIONS + "/{VersionNumber}";

    private final LayerService layers;
    private final LayerPolicyService policies;

    public LayerRoutes(LayerService layers, LayerPolicyService policies) {
        this.layers = layers;
        this.policies = policies;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("PublishLayerVersion", "POST", VERSIONS, 201, this::publish).onWorker(),
                RestRoute.model("GetLayerVersion", "GET", VERSION, 200, this::get),
                RestRoute.model("GetLayerVersionByArn", "GET", LAYERS + "?find=LayerVersion", 200, this::getByArn),
                RestRoute.model("ListLayers", "GET", LAYERS, 200, this::list),
                RestRoute.model("ListLayerVersions", "GET", VERSIONS, 200, this::listVersions),
                RestRoute.empty("DeleteLayerVersion", "DELETE", VERSION, 204, this::delete),
                RestRoute.model("AddLayerVersionPermission", "POST", VERSION + "/policy", 201, this::addPermission),
                RestRoute.model("GetLayerVersionPolicy", "GET", VERSION + "/policy", 200, this::getPolicy),
                RestRoute.empty("RemoveLayerVersionPermission", "DELETE", VERSION + "/policy/{StatementId}", 204,
                        this::removePermission));
    }

    private LayerVersionResponse publish(LambdaCall call) {
        LayerVersion v = layers.publish(call.scope(), call.label("LayerName"),
                call.body(PublishLayerVersionRequest.class));
        return LayerViews.response(v, call.request().baseUrl());
    }

    private LayerVersionResponse get(LambdaCall call) {
        return LayerViews.response(layers.get(call.scope(), call.label("LayerName"), call.label("VersionNumber")),
                call.request().baseUrl());
    }

    private LayerVersionResponse getByArn(LambdaCall call) {
        return LayerViews.response(layers.getByArn(call.query("Arn")), call.request().baseUrl());
    }

    private ListLayersResponse list(LambdaCall call) {
        Page<LayersListItem> page = layers.list(call.scope(), call.query("CompatibleRuntime"),
                call.query("CompatibleArchitecture"), call.query("Marker"), maxItems(call));
        return new ListLayersResponse(page.nextMarker(), page.items());
    }

    private ListLayerVersionsResponse listVersions(LambdaCall call) {
        Page<LayerVersionsListItem> page = layers.listVersions(call.scope(), call.label("LayerName"),
                call.query("CompatibleRuntime"), call.query("CompatibleArchitecture"), call.query("Marker"),
                maxItems(call));
        return new ListLayerVersionsResponse(page.nextMarker(), page.items());
    }

    private void delete(LambdaCall call) {
        layers.delete(call.scope(), call.label("LayerName"), call.label("VersionNumber"));
    }

    private AddLayerVersionPermissionResponse addPermission(LambdaCall call) {
        return policies.add(call.scope(), call.label("LayerName"), call.label("VersionNumber"),
                call.body(AddLayerVersionPermissionRequest.class), call.query("RevisionId"));
    }

    private GetLayerVersionPolicyResponse getPolicy(LambdaCall call) {
        return policies.get(call.scope(), call.label("LayerName"), call.label("VersionNumber"));
    }

    private void removePermission(LambdaCall call) {
        policies.remove(call.scope(), call.label("LayerName"), call.label("VersionNumber"), call.label("StatementId"),
                call.query("RevisionId"));
    }

    /** {@code MaxItems} of the layer listings: 1 to 50, 50 by default. */
    private static int maxItems(LambdaCall call) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 50).throwIfInvalid();
        return max == null ? 50 : max;
    }
}
