package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Shapes of the durable execution operations. Timestamps ({@code ExecutionTimestamp}) are epoch seconds, as
 * REST-JSON writes the model's {@code timestamp} type.
 */
public final class DurableShapes {

    private DurableShapes() {
    }

    @RegisterForReflection
    public record ErrorObject(String errorMessage, String errorType, String errorData, List<String> stackTrace) {
    }

    @RegisterForReflection
    public record TraceHeader(@JsonProperty("XAmznTraceId") String xAmznTraceId) {
    }

    @RegisterForReflection
    public record ExecutionDetails(String inputPayload) {
    }

    @RegisterForReflection
    public record ContextDetails(Boolean replayChildren, String result, ErrorObject error) {
    }

    @RegisterForReflection
    public record StepDetails(Integer attempt, Double nextAttemptTimestamp, String result, ErrorObject error) {
    }

    @RegisterForReflection
    public record WaitDetails(Double scheduledEndTimestamp) {
    }

    @RegisterForReflection
    public record CallbackDetails(String callbackId, String result, ErrorObject error) {
    }

    @RegisterForReflection
    public record ChainedInvokeDetails(String result, ErrorObject error) {
    }

    /** One operation of a durable execution (its state, as replay needs it). */
    @RegisterForReflection
    public record Operation(String id, String parentId, String name, String type, String subType,
            Double startTimestamp, Double endTimestamp, String status, ExecutionDetails executionDetails,
            ContextDetails contextDetails, StepDetails stepDetails, WaitDetails waitDetails,
            CallbackDetails callbackDetails, ChainedInvokeDetails chainedInvokeDetails) {
    }

    @RegisterForReflection
    public record ContextOptions(Boolean replayChildren) {
    }

    @RegisterForReflection
    public record StepOptions(Integer nextAttemptDelaySeconds) {
    }

    @RegisterForReflection
    public record WaitOptions(Integer waitSeconds) {
    }

    @RegisterForReflection
    public record CallbackOptions(Integer timeoutSeconds, Integer heartbeatTimeoutSeconds) {
    }

    @RegisterForReflection
    public record ChainedInvokeOptions(String functionName, String tenantId) {
    }

    /** A change to an operation that the durable functions SDK checkpoints. */
    @RegisterForReflection
    public record OperationUpdate(String id, String parentId, String name, String type, String subType,
            String action, String payload, ErrorObject error, ContextOptions contextOptions, StepOptions stepOptions,
            WaitOptions waitOptions, CallbackOptions callbackOptions, ChainedInvokeOptions chainedInvokeOptions) {
    }

    @RegisterForReflection
    public record CheckpointDurableExecutionRequest(String checkpointToken, List<OperationUpdate> updates,
            String clientToken) {
    }

    @RegisterForReflection
    public record CheckpointUpdatedExecutionState(List<Operation> operations, String nextMarker) {
    }

    @RegisterForReflection
    public record CheckpointDurableExecutionResponse(String checkpointToken,
            CheckpointUpdatedExecutionState newExecutionState) {
    }

    /** A durable execution as ListDurableExecutionsByFunction lists it. */
    @RegisterForReflection
    public record Execution(String durableExecutionArn, String durableExecutionName, String functionArn,
            String status, Double startTimestamp, Double endTimestamp) {
    }

    @RegisterForReflection
    public record GetDurableExecutionResponse(String durableExecutionArn, String durableExecutionName,
            String functionArn, String inputPayload, String result, ErrorObject error, Double startTimestamp,
            String status, Double endTimestamp, String version, TraceHeader traceHeader) {
    }

    @RegisterForReflection
    public record ListDurableExecutionsByFunctionResponse(List<Execution> durableExecutions, String nextMarker) {
    }

    @RegisterForReflection
    public record GetDurableExecutionStateResponse(List<Operation> operations, String nextMarker) {
    }

    @RegisterForReflection
    public record StopDurableExecutionResponse(Double stopTimestamp) {
    }
}
