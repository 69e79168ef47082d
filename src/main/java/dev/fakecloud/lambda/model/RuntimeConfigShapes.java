package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Shapes of the runtime management, recursive loop detection and function scaling operations. */
public final class RuntimeConfigShapes {

    private RuntimeConfigShapes() {
    }

    /** Get/PutRuntimeManagementConfig responses. */
    @RegisterForReflection
    public record RuntimeManagementConfig(String updateRuntimeOn, String runtimeVersionArn, String functionArn) {
    }

    @RegisterForReflection
    public record PutRuntimeManagementConfigRequest(String updateRuntimeOn, String runtimeVersionArn) {
    }

    /** PutFunctionRecursionConfig request, and both recursion config responses. */
    @RegisterForReflection
    public record FunctionRecursionConfig(String recursiveLoop) {
    }

    @RegisterForReflection
    public record FunctionScalingConfig(Integer minExecutionEnvironments, Integer maxExecutionEnvironments) {
    }

    @RegisterForReflection
    public record GetFunctionScalingConfigResponse(String functionArn,
            FunctionScalingConfig appliedFunctionScalingConfig, FunctionScalingConfig requestedFunctionScalingConfig) {
    }

    @RegisterForReflection
    public record PutFunctionScalingConfigRequest(FunctionScalingConfig functionScalingConfig) {
    }

    @RegisterForReflection
    public record PutFunctionScalingConfigResponse(String functionState) {
    }
}
