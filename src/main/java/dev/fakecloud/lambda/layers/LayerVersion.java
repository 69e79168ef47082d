package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.code.CodeArtifact;
import java.util.List;

/**
 * One published, immutable version of a layer.
 *
 * @param compatibleRuntimes as the publisher gave them (null when not given, which AWS shows differently from [])
 */
public record LayerVersion(Scope scope, String layerName, long version, String description, String createdDate,
        List<String> compatibleRuntimes, String licenseInfo, List<String> compatibleArchitectures,
        CodeArtifact code) {

    public String layerArn() {
        return LayerArns.layerArn(scope, layerName);
    }

    public String arn() {
        return LayerArns.versionArn(scope, layerName, version);
    }

    /** Whether this version declares the runtime and architecture a listing filters on (null filters match all). */
    public boolean matches(String runtime, String architecture) {
        return (runtime == null || compatibleRuntimes != null && compatibleRuntimes.contains(runtime))
                && (architecture == null || compatibleArchitectures != null
                        && compatibleArchitectures.contains(architecture));
    }
}
