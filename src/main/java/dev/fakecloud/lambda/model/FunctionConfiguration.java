package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.lambda.model.FunctionShapes.CapacityProviderConfig;
import dev.fakecloud.lambda.model.FunctionShapes.DeadLetterConfig;
import dev.fakecloud.lambda.model.FunctionShapes.DurableConfig;
import dev.fakecloud.lambda.model.FunctionShapes.EnvironmentResponse;
import dev.fakecloud.lambda.model.FunctionShapes.EphemeralStorage;
import dev.fakecloud.lambda.model.FunctionShapes.FileSystemConfig;
import dev.fakecloud.lambda.model.FunctionShapes.ImageConfigResponse;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import dev.fakecloud.lambda.model.FunctionShapes.LoggingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.RuntimeVersionConfig;
import dev.fakecloud.lambda.model.FunctionShapes.SnapStartResponse;
import dev.fakecloud.lambda.model.FunctionShapes.TenancyConfig;
import dev.fakecloud.lambda.model.FunctionShapes.TracingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.VpcConfigResponse;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A function version's configuration exactly as the Lambda API returns it ({@code FunctionConfiguration}). */
@RegisterForReflection
public record FunctionConfiguration(
        String functionName,
        String functionArn,
        String runtime,
        String role,
        String handler,
        Long codeSize,
        String description,
        Integer timeout,
        Integer memorySize,
        String lastModified,
        String codeSha256,
        String version,
        VpcConfigResponse vpcConfig,
        DeadLetterConfig deadLetterConfig,
        EnvironmentResponse environment,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        TracingConfig tracingConfig,
        String masterArn,
        String revisionId,
        List<LayerReference> layers,
        String state,
        String stateReason,
        String stateReasonCode,
        String lastUpdateStatus,
        String lastUpdateStatusReason,
        String lastUpdateStatusReasonCode,
        List<FileSystemConfig> fileSystemConfigs,
        String packageType,
        ImageConfigResponse imageConfigResponse,
        String signingProfileVersionArn,
        String signingJobArn,
        List<String> architectures,
        EphemeralStorage ephemeralStorage,
        SnapStartResponse snapStart,
        RuntimeVersionConfig runtimeVersionConfig,
        LoggingConfig loggingConfig,
        CapacityProviderConfig capacityProviderConfig,
        String configSha256,
        DurableConfig durableConfig,
        TenancyConfig tenancyConfig) {

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a configuration member by member, for the service's create, update and publish paths. */
    public static final class Builder {
        public String functionName;
        public String functionArn;
        public String runtime;
        public String role;
        public String handler;
        public Long codeSize;
        public String description;
        public Integer timeout;
        public Integer memorySize;
        public String lastModified;
        public String codeSha256;
        public String version;
        public VpcConfigResponse vpcConfig;
        public DeadLetterConfig deadLetterConfig;
        public EnvironmentResponse environment;
        public String kmsKeyArn;
        public TracingConfig tracingConfig;
        public String masterArn;
        public String revisionId;
        public List<LayerReference> layers;
        public String state;
        public String stateReason;
        public String stateReasonCode;
        public String lastUpdateStatus;
        public String lastUpdateStatusReason;
        public String lastUpdateStatusReasonCode;
        public List<FileSystemConfig> fileSystemConfigs;
        public String packageType;
        public ImageConfigResponse imageConfigResponse;
        public String signingProfileVersionArn;
        public String signingJobArn;
        public List<String> architectures;
        public EphemeralStorage ephemeralStorage;
        public SnapStartResponse snapStart;
        public RuntimeVersionConfig runtimeVersionConfig;
        public LoggingConfig loggingConfig;
        public CapacityProviderConfig capacityProviderConfig;
        public String configSha256;
        public DurableConfig durableConfig;
        public TenancyConfig tenancyConfig;

        public Builder() {
        }

        private Builder(FunctionConfiguration c) {
            functionName = c.functionName;
            functionArn = c.functionArn;
            runtime = c.runtime;
            role = c.role;
            handler = c.handler;
            codeSize = c.codeSize;
            description = c.description;
            timeout = c.timeout;
            memorySize = c.memorySize;
            lastModified = c.lastModified;
            codeSha256 = c.codeSha256;
            version = c.version;
            vpcConfig = c.vpcConfig;
            deadLetterConfig = c.deadLetterConfig;
            environment = c.environment;
            kmsKeyArn = c.kmsKeyArn;
            tracingConfig = c.tracingConfig;
            masterArn = c.masterArn;
            revisionId = c.revisionId;
            layers = c.layers;
            state = c.state;
            stateReason = c.stateReason;
            stateReasonCode = c.stateReasonCode;
            lastUpdateStatus = c.lastUpdateStatus;
            lastUpdateStatusReason = c.lastUpdateStatusReason;
            lastUpdateStatusReasonCode = c.lastUpdateStatusReasonCode;
            fileSystemConfigs = c.fileSystemConfigs;
            packageType = c.packageType;
            imageConfigResponse = c.imageConfigResponse;
            signingProfileVersionArn = c.signingProfileVersionArn;
            signingJobArn = c.signingJobArn;
            architectures = c.architectures;
            ephemeralStorage = c.ephemeralStorage;
            snapStart = c.snapStart;
            runtimeVersionConfig = c.runtimeVersionConfig;
            loggingConfig = c.loggingConfig;
            capacityProviderConfig = c.capacityProviderConfig;
            configSha256 = c.configSha256;
            durableConfig = c.durableConfig;
            tenancyConfig = c.tenancyConfig;
        }

        public FunctionConfiguration build() {
            return new FunctionConfiguration(functionName, functionArn, runtime, role, handler, codeSize, description,
                    timeout, memorySize, lastModified, codeSha256, version, vpcConfig, deadLetterConfig, environment,
                    kmsKeyArn, tracingConfig, masterArn, revisionId, layers, state, stateReason, stateReasonCode,
                    lastUpdateStatus, lastUpdateStatusReason, lastUpdateStatusReasonCode, fileSystemConfigs,
                    packageType, imageConfigResponse, signingProfileVersionArn, signingJobArn, architectures,
                    ephemeralStorage, snapStart, runtimeVersionConfig, loggingConfig, capacityProviderConfig,
                    configSha256, durableConfig, tenancyConfig);
        }
    }
}
