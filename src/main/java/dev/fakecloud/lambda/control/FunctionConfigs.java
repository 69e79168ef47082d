package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.CreateFunctionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionConfigurationRequest;
import dev.fakecloud.lambda.model.FunctionShapes.Environment;
import dev.fakecloud.lambda.model.FunctionShapes.EnvironmentResponse;
import dev.fakecloud.lambda.model.FunctionShapes.EphemeralStorage;
import dev.fakecloud.lambda.model.FunctionShapes.ImageConfig;
import dev.fakecloud.lambda.model.FunctionShapes.ImageConfigResponse;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import dev.fakecloud.lambda.model.FunctionShapes.LoggingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.RuntimeVersionConfig;
import dev.fakecloud.lambda.model.FunctionShapes.SnapStart;
import dev.fakecloud.lambda.model.FunctionShapes.SnapStartResponse;
import dev.fakecloud.lambda.model.FunctionShapes.TracingConfig;
import dev.fakecloud.lambda.model.FunctionShapes.VpcConfig;
import dev.fakecloud.lambda.model.FunctionShapes.VpcConfigResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How a function's configuration is derived: AWS's defaults on create, member-wise updates, the state fields of
 * the Pending→Active and InProgress→Successful transitions, and the copy a published version takes.
 */
final class FunctionConfigs {

    static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private FunctionConfigs() {
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }

    static String newRevision() {
        return UUID.randomUUID().toString();
    }

    static FunctionConfiguration create(Scope scope, String name, CreateFunctionRequest r, CodeArtifact code,
            List<LayerReference> layers) {
        FunctionConfiguration.Builder b = new FunctionConfiguration.Builder();
        b.functionName = name;
        b.functionArn = LambdaArns.function(scope, name, null);
        b.packageType = code.isImage() ? "Image" : "Zip";
        if (!code.isImage()) {
            b.runtime = r.runtime();
            b.handler = r.handler();
            b.runtimeVersionConfig = new RuntimeVersionConfig(LambdaArns.runtimeVersion(scope, r.runtime()), null);
        }
        b.role = r.role();
        b.codeSize = code.size();
        b.codeSha256 = code.sha256();
        b.description = r.description() == null ? "" : r.description();
        b.timeout = r.timeout() == null ? 3 : r.timeout();
        b.memorySize = r.memorySize() == null ? 128 : r.memorySize();
        b.version = FunctionRef.LATEST;
        b.vpcConfig = vpc(r.vpcConfig());
        b.deadLetterConfig = r.deadLetterConfig();
        b.environment = environment(r.environment());
        b.kmsKeyArn = r.kmsKeyArn();
        b.tracingConfig = new TracingConfig(r.tracingConfig() == null || r.tracingConfig().mode() == null
                ? "PassThrough" : r.tracingConfig().mode());
        b.layers = layers == null || layers.isEmpty() ? null : layers;
        b.fileSystemConfigs = r.fileSystemConfigs() == null || r.fileSystemConfigs().isEmpty() ? null
                : r.fileSystemConfigs();
        b.imageConfigResponse = imageConfig(r.imageConfig());
        b.architectures = r.architectures() == null ? List.of("x86_64") : List.copyOf(r.architectures());
        b.ephemeralStorage = r.ephemeralStorage() == null ? new EphemeralStorage(512) : r.ephemeralStorage();
        b.snapStart = snapStart(r.snapStart());
        b.loggingConfig = logging(name, r.loggingConfig(), null);
        b.capacityProviderConfig = r.capacityProviderConfig();
        b.durableConfig = r.durableConfig();
        b.tenancyConfig = r.tenancyConfig();
        b.lastModified = now();
        b.revisionId = newRevision();
        b.state = "Pending";
        b.stateReason = "The function is being created.";
        b.stateReasonCode = "Creating";
        return b.build();
    }

    /** Applies the members an UpdateFunctionConfiguration names; the rest keep their values. */
    static FunctionConfiguration update(Scope scope, FunctionConfiguration current, UpdateFunctionConfigurationRequest r,
            List<LayerReference> layers) {
        FunctionConfiguration.Builder b = current.toBuilder();
        if (r.role() != null) {
            b.role = r.role();
        }
        if (r.handler() != null) {
            b.handler = r.handler();
        }
        if (r.description() != null) {
            b.description = r.description();
        }
        if (r.timeout() != null) {
            b.timeout = r.timeout();
        }
        if (r.memorySize() != null) {
            b.memorySize = r.memorySize();
        }
        if (r.vpcConfig() != null) {
            b.vpcConfig = vpc(r.vpcConfig());
        }
        if (r.environment() != null) {
            b.environment = environment(r.environment());
        }
        if (r.runtime() != null) {
            b.runtime = r.runtime();
            b.runtimeVersionConfig = new RuntimeVersionConfig(LambdaArns.runtimeVersion(scope, r.runtime()), null);
        }
        if (r.deadLetterConfig() != null) {
            b.deadLetterConfig = r.deadLetterConfig().targetArn() == null ? null : r.deadLetterConfig();
        }
        if (r.kmsKeyArn() != null) {
            b.kmsKeyArn = r.kmsKeyArn().isEmpty() ? null : r.kmsKeyArn();
        }
        if (r.tracingConfig() != null && r.tracingConfig().mode() != null) {
            b.tracingConfig = r.tracingConfig();
        }
        if (layers != null) {
            b.layers = layers.isEmpty() ? null : layers;
        }
        if (r.fileSystemConfigs() != null) {
            b.fileSystemConfigs = r.fileSystemConfigs().isEmpty() ? null : r.fileSystemConfigs();
        }
        if (r.imageConfig() != null) {
            b.imageConfigResponse = imageConfig(r.imageConfig());
        }
        if (r.ephemeralStorage() != null) {
            b.ephemeralStorage = r.ephemeralStorage();
        }
        if (r.snapStart() != null) {
            b.snapStart = snapStart(r.snapStart());
        }
        if (r.loggingConfig() != null) {
            b.loggingConfig = logging(current.functionName(), r.loggingConfig(), current.loggingConfig());
        }
        if (r.capacityProviderConfig() != null) {
            b.capacityProviderConfig = r.capacityProviderConfig();
        }
        if (r.durableConfig() != null) {
            b.durableConfig = r.durableConfig();
        }
        return updating(b);
    }

    static FunctionConfiguration withCode(FunctionConfiguration current, CodeArtifact code, List<String> architectures) {
        FunctionConfiguration.Builder b = current.toBuilder();
        b.codeSha256 = code.sha256();
        b.codeSize = code.size();
        if (architectures != null) {
            b.architectures = List.copyOf(architectures);
        }
        return updating(b);
    }

    private static FunctionConfiguration updating(FunctionConfiguration.Builder b) {
        b.lastModified = now();
        b.revisionId = newRevision();
        b.lastUpdateStatus = "InProgress";
        b.lastUpdateStatusReason = "The function is being created.";
        b.lastUpdateStatusReasonCode = "Creating";
        return b.build();
    }

    /** The state a function reaches once its creation or update has completed. */
    static FunctionConfiguration settled(FunctionConfiguration c) {
        FunctionConfiguration.Builder b = c.toBuilder();
        b.state = "Active";
        b.stateReason = null;
        b.stateReasonCode = null;
        b.lastUpdateStatus = "Successful";
        b.lastUpdateStatusReason = null;
        b.lastUpdateStatusReasonCode = null;
        b.revisionId = newRevision();
        return b.build();
    }

    static FunctionConfiguration published(Scope scope, FunctionConfiguration latest, long version, String description) {
        FunctionConfiguration.Builder b = latest.toBuilder();
        b.version = Long.toString(version);
        b.functionArn = LambdaArns.function(scope, latest.functionName(), b.version);
        if (description != null) {
            b.description = description;
        }
        b.revisionId = newRevision();
        b.lastModified = now();
        if (b.snapStart != null && "PublishedVersions".equals(b.snapStart.applyOn())) {
            b.snapStart = new SnapStartResponse("PublishedVersions", "On");
        }
        return b.build();
    }

    /** Whether two configurations differ in anything a new version would capture (code or settings). */
    static boolean sameContent(FunctionConfiguration a, FunctionConfiguration b) {
        return Objects.equals(comparable(a), comparable(b));
    }

    private static FunctionConfiguration comparable(FunctionConfiguration c) {
        FunctionConfiguration.Builder b = c.toBuilder();
        b.functionArn = null;
        b.version = null;
        b.revisionId = null;
        b.lastModified = null;
        b.state = null;
        b.stateReason = null;
        b.stateReasonCode = null;
        b.lastUpdateStatus = null;
        b.lastUpdateStatusReason = null;
        b.lastUpdateStatusReasonCode = null;
        b.snapStart = null;
        return b.build();
    }

    private static VpcConfigResponse vpc(VpcConfig v) {
        if (v == null) {
            return null;
        }
        List<String> subnets = v.subnetIds() == null ? List.of() : v.subnetIds();
        List<String> groups = v.securityGroupIds() == null ? List.of() : v.securityGroupIds();
        String vpcId = subnets.isEmpty() ? "" : "vpc-" + Integer.toHexString(subnets.get(0).hashCode());
        return new VpcConfigResponse(subnets, groups, vpcId, v.ipv6AllowedForDualStack() == null ? Boolean.FALSE
                : v.ipv6AllowedForDualStack());
    }

    private static EnvironmentResponse environment(Environment e) {
        if (e == null) {
            return null;
        }
        Map<String, String> vars = e.variables() == null ? Map.of() : new java.util.TreeMap<>(e.variables());
        return new EnvironmentResponse(vars, null);
    }

    private static ImageConfigResponse imageConfig(ImageConfig c) {
        if (c == null || (c.command() == null && c.entryPoint() == null && c.workingDirectory() == null)) {
            return null;
        }
        return new ImageConfigResponse(c, null);
    }

    private static SnapStartResponse snapStart(SnapStart s) {
        return new SnapStartResponse(s == null || s.applyOn() == null ? "None" : s.applyOn(), "Off");
    }

    private static LoggingConfig logging(String name, LoggingConfig requested, LoggingConfig current) {
        String format = pick(requested == null ? null : requested.logFormat(),
                current == null ? null : current.logFormat(), "Text");
        String group = pick(requested == null ? null : requested.logGroup(),
                current == null ? null : current.logGroup(), "/aws/lambda/" + name);
        String appLevel = pick(requested == null ? null : requested.applicationLogLevel(),
                current == null ? null : current.applicationLogLevel(), "JSON".equals(format) ? "INFO" : null);
        String sysLevel = pick(requested == null ? null : requested.systemLogLevel(),
                current == null ? null : current.systemLogLevel(), "JSON".equals(format) ? "INFO" : null);
        if ("Text".equals(format)) {
            appLevel = null;
            sysLevel = null;
        }
        return new LoggingConfig(format, appLevel, sysLevel, group);
    }

    private static String pick(String requested, String current, String fallback) {
        return requested != null ? requested : current != null ? current : fallback;
    }
}
