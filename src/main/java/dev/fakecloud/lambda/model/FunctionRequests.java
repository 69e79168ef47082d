package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.lambda.model.FunctionShapes.CapacityProviderConfig;
import dev.fakecloud.lambda.model.FunctionShapes.Concurrency;
import dev.fakecloud.lambda.model.FunctionShapes.DeadLetterConfig;
import dev.fakecloud.lambda.model.FunctionShapes.DurableConfig;
import dev.fakecloud.lambda.model.FunctionShapes.Environment;
import dev.fakecloud.lambda.model.FunctionShapes.EphemeralStorage;
import dev.fakecloud.lambda.model.FunctionShapes.FileSystemConfig;
import dev.fakecloud.lambda.model.FunctionShapes.FunctionCode;
import dev.fakecloud.lambda.model.FunctionShapes.FunctionCodeLocation;
import dev.fakecloud.lambda.model.FunctionShapes.ImageConfig;
import dev.fakecloud.lambda.model.FunctionShapes.LoggingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.SnapStart;
import dev.fakecloud.lambda.model.FunctionShapes.TenancyConfig;
import dev.fakecloud.lambda.model.FunctionShapes.TracingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.VpcConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the function, version and alias operations. */
public final class FunctionRequests {

    private FunctionRequests() {
    }

    @RegisterForReflection
    public record CreateFunctionRequest(String functionName, String runtime, String role, String handler,
            FunctionCode code, String description, Integer timeout, Integer memorySize, Boolean publish,
            VpcConfig vpcConfig, String packageType, DeadLetterConfig deadLetterConfig, Environment environment,
            @JsonProperty("KMSKeyArn") String kmsKeyArn, TracingConfig tracingConfig, Map<String, String> tags,
            List<String> layers, List<FileSystemConfig> fileSystemConfigs, ImageConfig imageConfig,
            String codeSigningConfigArn, List<String> architectures, EphemeralStorage ephemeralStorage,
            SnapStart snapStart, LoggingConfig loggingConfig, CapacityProviderConfig capacityProviderConfig,
            String publishTo, DurableConfig durableConfig, TenancyConfig tenancyConfig) {
    }

    @RegisterForReflection
    public record UpdateFunctionConfigurationRequest(String role, String handler, String description, Integer timeout,
            Integer memorySize, VpcConfig vpcConfig, Environment environment, String runtime,
            DeadLetterConfig deadLetterConfig, @JsonProperty("KMSKeyArn") String kmsKeyArn,
            TracingConfig tracingConfig, String revisionId, List<String> layers,
            List<FileSystemConfig> fileSystemConfigs, ImageConfig imageConfig, EphemeralStorage ephemeralStorage,
            SnapStart snapStart, LoggingConfig loggingConfig, CapacityProviderConfig capacityProviderConfig,
            DurableConfig durableConfig) {
    }

    @RegisterForReflection
    public record UpdateFunctionCodeRequest(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion,
            String imageUri, Boolean publish, Boolean dryRun, String revisionId, List<String> architectures,
            @JsonProperty("SourceKMSKeyArn") String sourceKmsKeyArn, String publishTo) {
    }

    @RegisterForReflection
    public record PublishVersionRequest(String codeSha256, String description, String revisionId, String publishTo) {
    }

    @RegisterForReflection
    public record GetFunctionResponse(FunctionConfiguration configuration, FunctionCodeLocation code,
            Map<String, String> tags, Concurrency concurrency) {
    }

    @RegisterForReflection
    public record ListFunctionsResponse(String nextMarker, List<FunctionConfiguration> functions) {
    }

    @RegisterForReflection
    public record ListVersionsByFunctionResponse(String nextMarker, List<FunctionConfiguration> versions) {
    }

    @RegisterForReflection
    public record AliasRoutingConfiguration(Map<String, Double> additionalVersionWeights) {
    }

    @RegisterForReflection
    public record AliasConfiguration(String aliasArn, String name, String functionVersion, String description,
            AliasRoutingConfiguration routingConfig, String revisionId) {
    }

    @RegisterForReflection
    public record CreateAliasRequest(String name, String functionVersion, String description,
            AliasRoutingConfiguration routingConfig) {
    }

    @RegisterForReflection
    public record UpdateAliasRequest(String functionVersion, String description,
            AliasRoutingConfiguration routingConfig, String revisionId) {
    }

    @RegisterForReflection
    public record ListAliasesResponse(String nextMarker, List<AliasConfiguration> aliases) {
    }
}
