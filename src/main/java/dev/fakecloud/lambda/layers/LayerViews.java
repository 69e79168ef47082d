package dev.fakecloud.lambda.layers;

import dev.fakecloud.lambda.model.LayerShapes.LayerVersionContentOutput;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionResponse;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionsListItem;

/** A stored layer version as each operation shows it. */
final class LayerViews {

    private LayerViews() {
    }

    static LayerVersionResponse response(LayerVersion v, String baseUrl) {
        LayerVersionContentOutput content = new LayerVersionContentOutput(
                baseUrl + LayerContentResource.path(v), v.code().sha256(), v.code().size(), null, null);
        return new LayerVersionResponse(content, v.layerArn(), v.arn(), v.description(), v.createdDate(),
                v.version(), v.compatibleRuntimes(), v.licenseInfo(), v.compatibleArchitectures());
    }

    static LayerVersionsListItem listItem(LayerVersion v) {
        return new LayerVersionsListItem(v.arn(), v.version(), v.description(), v.createdDate(),
                v.compatibleRuntimes(), v.licenseInfo(), v.compatibleArchitectures());
    }
}
