package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Request and response shapes of function URL configurations. */
public final class FunctionUrlShapes {

    private FunctionUrlShapes() {
    }

    @RegisterForReflection
    public record Cors(Boolean allowCredentials, List<String> allowHeaders, List<String> allowMethods,
            List<String> allowOrigins, List<String> exposeHeaders, Integer maxAge) {
    }

    /** The body of CreateFunctionUrlConfig and UpdateFunctionUrlConfig. */
    @RegisterForReflection
    public record FunctionUrlConfigRequest(String authType, Cors cors, String invokeMode) {
    }

    @RegisterForReflection
    public record CreateFunctionUrlConfigResponse(String functionUrl, String functionArn, String authType, Cors cors,
            String creationTime, String invokeMode) {
    }

    /** {@code FunctionUrlConfig}, also the shape of GetFunctionUrlConfig's and UpdateFunctionUrlConfig's answers. */
    @RegisterForReflection
    public record FunctionUrlConfig(String functionUrl, String functionArn, String authType, Cors cors,
            String creationTime, String lastModifiedTime, String invokeMode) {
    }

    @RegisterForReflection
    public record ListFunctionUrlConfigsResponse(List<FunctionUrlConfig> functionUrlConfigs, String nextMarker) {
    }
}
