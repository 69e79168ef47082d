package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** The small structures that a function's configuration is made of, as the Lambda API model names them. */
public final class FunctionShapes {

    private FunctionShapes() {
    }

    @RegisterForReflection
    public record Environment(Map<String, String> variables) {
    }

    @RegisterForReflection
    public record EnvironmentResponse(Map<String, String> variables, EnvironmentError error) {
    }

    @RegisterForReflection
    public record EnvironmentError(String errorCode, String message) {
    }

    @RegisterForReflection
    public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds, Boolean ipv6AllowedForDualStack) {
    }

    @RegisterForReflection
    public record VpcConfigResponse(List<String> subnetIds, List<String> securityGroupIds,
            @JsonProperty("VpcId") String vpcId, Boolean ipv6AllowedForDualStack) {
    }

    @RegisterForReflection
    public record DeadLetterConfig(String targetArn) {
    }

    @RegisterForReflection
    public record TracingConfig(String mode) {
    }

    @RegisterForReflection
    public record EphemeralStorage(Integer size) {
    }

    @RegisterForReflection
    public record SnapStart(String applyOn) {
    }

    @RegisterForReflection
    public record SnapStartResponse(String applyOn, String optimizationStatus) {
    }

    @RegisterForReflection
    public record LoggingConfig(String logFormat, String applicationLogLevel, String systemLogLevel, String logGroup) {
    }

    @RegisterForReflection
    public record FileSystemConfig(String arn, String localMountPath) {
    }

    @RegisterForReflection
    public record ImageConfig(List<String> entryPoint, List<String> command, String workingDirectory) {
    }

    @RegisterForReflection
    public record ImageConfigResponse(ImageConfig imageConfig, EnvironmentError error) {
    }

    @RegisterForReflection
    public record RuntimeVersionConfig(String runtimeVersionArn, EnvironmentError error) {
    }

    @RegisterForReflection
    public record LayerReference(String arn, Long codeSize, String signingProfileVersionArn, String signingJobArn) {
    }

    @RegisterForReflection
    public record CapacityProviderConfig(ManagedInstancesConfig lambdaManagedInstancesCapacityProviderConfig) {
    }

    @RegisterForReflection
    public record ManagedInstancesConfig(String capacityProviderArn, Integer perExecutionEnvironmentMaxConcurrency,
            @JsonProperty("ExecutionEnvironmentMemoryGiBPerVCpu") Double executionEnvironmentMemoryGiBPerVCpu) {
    }

    @RegisterForReflection
    public record DurableConfig(Integer retentionPeriodInDays, Integer executionTimeout) {
    }

    @RegisterForReflection
    public record TenancyConfig(String tenantIsolationMode) {
    }

    @RegisterForReflection
    public record FunctionCode(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion, String imageUri,
            @JsonProperty("SourceKMSKeyArn") String sourceKmsKeyArn) {
    }

    @RegisterForReflection
    public record FunctionCodeLocation(String repositoryType, String location, String imageUri, String resolvedImageUri,
            @JsonProperty("SourceKMSKeyArn") String sourceKmsKeyArn) {
    }

    @RegisterForReflection
    public record Concurrency(Integer reservedConcurrentExecutions) {
    }
}
