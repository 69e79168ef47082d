package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/** Request and response shapes of the asynchronous invocation configuration (event invoke configs). */
public final class EventInvokeShapes {

    private EventInvokeShapes() {
    }

    @RegisterForReflection
    public record OnSuccess(String destination) {
    }

    @RegisterForReflection
    public record OnFailure(String destination) {
    }

    @RegisterForReflection
    public record DestinationConfig(OnSuccess onSuccess, OnFailure onFailure) {
    }

    /** The body of PutFunctionEventInvokeConfig and UpdateFunctionEventInvokeConfig. */
    @RegisterForReflection
    public record EventInvokeConfigRequest(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds,
            DestinationConfig destinationConfig) {
    }

    /**
     * {@code FunctionEventInvokeConfig}.
     *
     * @param lastModified a model {@code timestamp}: epoch seconds as a JSON number
     */
    @RegisterForReflection
    public record FunctionEventInvokeConfig(BigDecimal lastModified, String functionArn, Integer maximumRetryAttempts,
            Integer maximumEventAgeInSeconds, DestinationConfig destinationConfig) {
    }

    @RegisterForReflection
    public record ListFunctionEventInvokeConfigsResponse(List<FunctionEventInvokeConfig> functionEventInvokeConfigs,
            String nextMarker) {
    }
}
