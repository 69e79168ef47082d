package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the code signing configuration operations. */
public final class CodeSigningShapes {

    private CodeSigningShapes() {
    }

    @RegisterForReflection
    public record AllowedPublishers(List<String> signingProfileVersionArns) {
    }

    @RegisterForReflection
    public record CodeSigningPolicies(String untrustedArtifactOnDeployment) {
    }

    @RegisterForReflection
    public record CodeSigningConfig(String codeSigningConfigId, String codeSigningConfigArn, String description,
            AllowedPublishers allowedPublishers, CodeSigningPolicies codeSigningPolicies, String lastModified) {
    }

    @RegisterForReflection
    public record CreateCodeSigningConfigRequest(String description, AllowedPublishers allowedPublishers,
            CodeSigningPolicies codeSigningPolicies, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record UpdateCodeSigningConfigRequest(String description, AllowedPublishers allowedPublishers,
            CodeSigningPolicies codeSigningPolicies) {
    }

    /** The body of Create/Get/UpdateCodeSigningConfig responses. */
    @RegisterForReflection
    public record CodeSigningConfigResponse(CodeSigningConfig codeSigningConfig) {
    }

    @RegisterForReflection
    public record ListCodeSigningConfigsResponse(String nextMarker, List<CodeSigningConfig> codeSigningConfigs) {
    }

    @RegisterForReflection
    public record ListFunctionsByCodeSigningConfigResponse(String nextMarker, List<String> functionArns) {
    }

    @RegisterForReflection
    public record PutFunctionCodeSigningConfigRequest(String codeSigningConfigArn) {
    }

    /** Put/GetFunctionCodeSigningConfig; both members absent for a function without a configuration. */
    @RegisterForReflection
    public record FunctionCodeSigningConfig(String codeSigningConfigArn, String functionName) {
    }
}
