package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Request and response shapes of the layer operations, as the Lambda API model names them. */
public final class LayerShapes {

    private LayerShapes() {
    }

    @RegisterForReflection
    public record LayerVersionContentInput(String s3Bucket, String s3Key, String s3ObjectVersion, byte[] zipFile) {
    }

    @RegisterForReflection
    public record PublishLayerVersionRequest(String description, LayerVersionContentInput content,
            List<String> compatibleRuntimes, String licenseInfo, List<String> compatibleArchitectures) {
    }

    @RegisterForReflection
    public record LayerVersionContentOutput(String location, String codeSha256, Long codeSize,
            String signingProfileVersionArn, String signingJobArn) {
    }

    /** The answer of PublishLayerVersion, GetLayerVersion and GetLayerVersionByArn (one shape in all three). */
    @RegisterForReflection
    public record LayerVersionResponse(LayerVersionContentOutput content, String layerArn, String layerVersionArn,
            String description, String createdDate, Long version, List<String> compatibleRuntimes,
            String licenseInfo, List<String> compatibleArchitectures) {
    }

    @RegisterForReflection
    public record LayerVersionsListItem(String layerVersionArn, Long version, String description, String createdDate,
            List<String> compatibleRuntimes, String licenseInfo, List<String> compatibleArchitectures) {
    }

    @RegisterForReflection
    public record LayersListItem(String layerName, String layerArn, LayerVersionsListItem latestMatchingVersion) {
    }

    @RegisterForReflection
    public record ListLayersResponse(String nextMarker, List<LayersListItem> layers) {
    }

    @RegisterForReflection
    public record ListLayerVersionsResponse(String nextMarker, List<LayerVersionsListItem> layerVersions) {
    }
}
