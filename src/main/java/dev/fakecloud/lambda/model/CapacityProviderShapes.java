package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** Shapes of the capacity provider operations (Lambda Managed Instances). */
public final class CapacityProviderShapes {

    private CapacityProviderShapes() {
    }

    @RegisterForReflection
    public record CapacityProviderVpcConfig(List<String> subnetIds, List<String> securityGroupIds) {
    }

    @RegisterForReflection
    public record CapacityProviderPermissionsConfig(String capacityProviderOperatorRoleArn) {
    }

    @RegisterForReflection
    public record InstanceRequirements(List<String> architectures, List<String> allowedInstanceTypes,
            List<String> excludedInstanceTypes) {
    }

    @RegisterForReflection
    public record TargetTrackingScalingPolicy(String predefinedMetricType, Double targetValue) {
    }

    @RegisterForReflection
    public record CapacityProviderScalingConfig(Integer maxVCpuCount, String scalingMode,
            List<TargetTrackingScalingPolicy> scalingPolicies) {
    }

    @RegisterForReflection
    public record CapacityProvider(String capacityProviderArn, String state, CapacityProviderVpcConfig vpcConfig,
            CapacityProviderPermissionsConfig permissionsConfig, InstanceRequirements instanceRequirements,
            CapacityProviderScalingConfig capacityProviderScalingConfig, String kmsKeyArn, String lastModified) {

        public CapacityProvider withState(String newState) {
            return new CapacityProvider(capacityProviderArn, newState, vpcConfig, permissionsConfig,
                    instanceRequirements, capacityProviderScalingConfig, kmsKeyArn, lastModified);
        }
    }

    @RegisterForReflection
    public record CreateCapacityProviderRequest(String capacityProviderName, CapacityProviderVpcConfig vpcConfig,
            CapacityProviderPermissionsConfig permissionsConfig, InstanceRequirements instanceRequirements,
            CapacityProviderScalingConfig capacityProviderScalingConfig, String kmsKeyArn, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record UpdateCapacityProviderRequest(CapacityProviderScalingConfig capacityProviderScalingConfig) {
    }

    /** The body of Create/Get/Update/DeleteCapacityProvider responses. */
    @RegisterForReflection
    public record CapacityProviderResponse(CapacityProvider capacityProvider) {
    }

    @RegisterForReflection
    public record ListCapacityProvidersResponse(List<CapacityProvider> capacityProviders, String nextMarker) {
    }

    @RegisterForReflection
    public record FunctionVersionsByCapacityProviderListItem(String functionArn, String state) {
    }

    @RegisterForReflection
    public record ListFunctionVersionsByCapacityProviderResponse(String capacityProviderArn,
            List<FunctionVersionsByCapacityProviderListItem> functionVersions, String nextMarker) {
    }
}
