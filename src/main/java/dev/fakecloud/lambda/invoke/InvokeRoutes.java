package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.Validation;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.EventStreamEncoder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invoke, the legacy InvokeAsync, and InvokeWithResponseStream. */
@ApplicationScoped
public class InvokeRoutes implements LambdaRoutes {

    private static final List<String> INVOKE_TYPES = List.of("Event", "RequestResponse", "DryRun");
    private static final List<String> STREAM_TYPES = List.of("RequestResponse", "DryRun");
    private static final List<String> LOG_TYPES = List.of("None", "Tail");

    private final Invoker invoker;

    public InvokeRoutes(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.raw("Invoke", "POST", "/2015-03-31/functions/{FunctionName}/invocations", 200,
                        call -> invoke(call, INVOKE_TYPES, "InvokeFunction")),
                RestRoute.raw("InvokeWithResponseStream", "POST",
                        "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", 200,
                        this::invokeWithResponseStream),
                RestRoute.raw("InvokeAsync", "POST", "/2014-11-13/functions/{FunctionName}/invoke-async", 202,
                        this::invokeAsync));
    }

    /**
     * The function's response as an event stream: its payload in a {@code PayloadChunk}, then {@code InvokeComplete}
     * with the error and the log tail, if any. The response is sent once the function has finished.
     */
    private Uni<AwsResponse> invokeWithResponseStream(LambdaCall call) {
        return run(call, STREAM_TYPES, "InvokeWithResponseStream").map(r -> {
            if (r.status() != 200) {
                return toResponse(r);
            }
            EventStreamEncoder stream = new EventStreamEncoder();
            if (r.functionError() == null && r.payload().length > 0) {
                stream.event("PayloadChunk", "application/octet-stream", r.payload());
            }
            StreamComplete complete = new StreamComplete(r.functionError() == null ? null : r.functionError(),
                    r.functionError() == null ? null : new String(r.payload(), StandardCharsets.UTF_8), r.logTail());
            stream.event("InvokeComplete", "application/json", completeJson(call, complete));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Amz-Executed-Version", r.executedVersion());
            return new AwsResponse(200, Map.copyOf(headers), stream.bytes(), EventStreamEncoder.CONTENT_TYPE);
        });
    }

    @RegisterForReflection
    record StreamComplete(String errorCode, String errorDetails, String logResult) {
    }

    private static byte[] completeJson(LambdaCall call, StreamComplete complete) {
        try {
            return call.mapper().writeValueAsBytes(complete);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Uni<AwsResponse> invoke(LambdaCall call, List<String> allowedTypes, String operation) {
        return run(call, allowedTypes, operation).map(InvokeRoutes::toResponse);
    }

    /** Validation failures of the request become failed {@code Uni}s like every other failure of the invoke path. */
    private Uni<InvocationResult> run(LambdaCall call, List<String> allowedTypes, String operation) {
        return Uni.createFrom().deferred(() -> {
            InvocationType type = InvocationType.parse(call.header("X-Amz-Invocation-Type"), allowedTypes);
            String logType = call.header("X-Amz-Log-Type");
            Validation.start().oneOf(logType, "logType", LOG_TYPES).throwIfInvalid();
            Invocation invocation = new Invocation(call.request().requestId(), call.scope(),
                    FunctionRef.parse(call.label("FunctionName"), call.query("Qualifier"), call.scope()), type,
                    "Tail".equals(logType), call.header("X-Amz-Client-Context"), call.request().body(), "api");
            return invoker.invoke(invocation, operation);
        });
    }

    private Uni<AwsResponse> invokeAsync(LambdaCall call) {
        return Uni.createFrom().deferred(() -> {
            Invocation invocation = new Invocation(call.request().requestId(), call.scope(),
                    FunctionRef.parse(call.label("FunctionName"), null, call.scope()), InvocationType.EVENT, false,
                    null, call.request().body(), "api");
            return invoker.invoke(invocation, "InvokeAsync");
        }).map(r -> AwsResponse.json(202, "{\"Status\":202}".getBytes(StandardCharsets.UTF_8)));
    }

    static AwsResponse toResponse(InvocationResult r) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (r.executedVersion() != null && r.status() == 200) {
            headers.put("X-Amz-Executed-Version", r.executedVersion());
        }
        if (r.functionError() != null) {
            headers.put("X-Amz-Function-Error", r.functionError());
        }
        if (r.logTail() != null) {
            headers.put("X-Amz-Log-Result", r.logTail());
        }
        return new AwsResponse(r.status(), Map.copyOf(headers), r.payload(),
                r.payload().length > 0 ? "application/json" : null);
    }
}
