package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.model.DurableEvents.Event;
import dev.fakecloud.lambda.model.DurableEvents.GetDurableExecutionHistoryResponse;
import dev.fakecloud.lambda.model.DurableShapes.CheckpointDurableExecutionRequest;
import dev.fakecloud.lambda.model.DurableShapes.ErrorObject;
import dev.fakecloud.lambda.model.DurableShapes.Execution;
import dev.fakecloud.lambda.model.DurableShapes.GetDurableExecutionStateResponse;
import dev.fakecloud.lambda.model.DurableShapes.ListDurableExecutionsByFunctionResponse;
import dev.fakecloud.lambda.model.DurableShapes.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The durable execution operations: reading, stopping and checkpointing executions, and answering callbacks. */
@ApplicationScoped
public class DurableRoutes implements LambdaRoutes {

    private static final String EXECUTION = "/2025-12-01/durable-executions/{DurableExecutionArn}";
    private static final String CALLBACK = "/2025-12-01/durable-execution-callbacks/{CallbackId}";

    private final DurableExecutionService service;
    private final DurableListing listing;

    public DurableRoutes(DurableExecutionService service, DurableListing listing) {
        this.service = service;
        this.listing = listing;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("GetDurableExecution", "GET", EXECUTION, 200,
                        call -> service.get(call.scope(), arn(call))),
                RestRoute.model("GetDurableExecutionHistory", "GET", EXECUTION + "/history", 200, this::history),
                RestRoute.model("GetDurableExecutionState", "GET", EXECUTION + "/state", 200, this::state),
                RestRoute.model("CheckpointDurableExecution", "POST", EXECUTION + "/checkpoint", 200,
                        call -> service.checkpoint(call.scope(), arn(call),
                                call.body(CheckpointDurableExecutionRequest.class))),
                RestRoute.model("StopDurableExecution", "POST", EXECUTION + "/stop", 200,
                        call -> service.stop(call.scope(), arn(call), error(call))),
                RestRoute.model("ListDurableExecutionsByFunction", "GET",
                        "/2025-12-01/functions/{FunctionName}/durable-executions", 200, this::list),
                RestRoute.empty("SendDurableExecutionCallbackSuccess", "POST", CALLBACK + "/succeed", 200,
                        call -> service.callbackSucceeded(call.scope(), call.label("CallbackId"),
                                call.request().body())),
                RestRoute.empty("SendDurableExecutionCallbackFailure", "POST", CALLBACK + "/fail", 200,
                        call -> service.callbackFailed(call.scope(), call.label("CallbackId"), error(call))),
                RestRoute.empty("SendDurableExecutionCallbackHeartbeat", "POST", CALLBACK + "/heartbeat", 200,
                        call -> service.callbackHeartbeat(call.scope(), call.label("CallbackId"))));
    }

    private GetDurableExecutionHistoryResponse history(LambdaCall call) {
        Page<Event> page = service.history(call.scope(), arn(call), bool(call, "IncludeExecutionData",
                "includeExecutionData"), bool(call, "ReverseOrder", "reverseOrder"), call.query("Marker"),
                call.queryInt("MaxItems", "maxItems"));
        return new GetDurableExecutionHistoryResponse(page.items(), page.nextMarker());
    }

    private GetDurableExecutionStateResponse state(LambdaCall call) {
        Page<Operation> page = service.state(call.scope(), arn(call), call.query("CheckpointToken"),
                call.query("Marker"), call.queryInt("MaxItems", "maxItems"));
        return new GetDurableExecutionStateResponse(page.items(), page.nextMarker());
    }

    private ListDurableExecutionsByFunctionResponse list(LambdaCall call) {
        FunctionRef ref = FunctionRef.parse(call.label("FunctionName"), call.query("Qualifier"), call.scope());
        DurableListing.Filter filter = new DurableListing.Filter(call.query("DurableExecutionName"),
                call.request().queryParams("Statuses"), timestamp(call, "StartedAfter", "startedAfter"),
                timestamp(call, "StartedBefore", "startedBefore"),
                Boolean.TRUE.equals(bool(call, "ReverseOrder", "reverseOrder")));
        Page<Execution> page = listing.list(call.scope(), ref, filter, call.query("Marker"),
                call.queryInt("MaxItems", "maxItems"));
        return new ListDurableExecutionsByFunctionResponse(page.items(), page.nextMarker());
    }

    private static String arn(LambdaCall call) {
        return call.label("DurableExecutionArn");
    }

    /** An ErrorObject sent as the whole body; an empty body is no error. */
    private static ErrorObject error(LambdaCall call) {
        ErrorObject error = call.body(ErrorObject.class);
        boolean empty = error.errorMessage() == null && error.errorType() == null && error.errorData() == null
                && error.stackTrace() == null;
        return empty ? null : error;
    }

    private static Boolean bool(LambdaCall call, String name, String member) {
        String raw = call.query(name);
        if (raw == null) {
            return null;
        }
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            Validation.start().violation(raw, member, "Member must be a boolean").throwIfInvalid();
        }
        return Boolean.parseBoolean(raw);
    }

    /** A timestamp query member: ISO 8601 as the SDKs send it, or epoch seconds. */
    private static Instant timestamp(LambdaCall call, String name, String member) {
        String raw = call.query(name);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return Instant.ofEpochMilli(Math.round(Double.parseDouble(raw) * 1000));
            } catch (NumberFormatException notNumber) {
                Validation.start().violation(raw, member, "Member must be a timestamp").throwIfInvalid();
                return null;
            }
        }
    }
}
