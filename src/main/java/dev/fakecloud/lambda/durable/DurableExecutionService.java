package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.error.CallbackTimeoutException;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.DurableEvents.ErrorDetails;
import dev.fakecloud.lambda.model.DurableEvents.Event;
import dev.fakecloud.lambda.model.DurableEvents.EventError;
import dev.fakecloud.lambda.model.DurableEvents.EventInput;
import dev.fakecloud.lambda.model.DurableEvents.EventResult;
import dev.fakecloud.lambda.model.DurableEvents.ExecutionStartedDetails;
import dev.fakecloud.lambda.model.DurableEvents.InvocationCompletedDetails;
import dev.fakecloud.lambda.model.DurableEvents.ResultDetails;
import dev.fakecloud.lambda.model.DurableShapes.CallbackDetails;
import dev.fakecloud.lambda.model.DurableShapes.CheckpointDurableExecutionRequest;
import dev.fakecloud.lambda.model.DurableShapes.CheckpointDurableExecutionResponse;
import dev.fakecloud.lambda.model.DurableShapes.CheckpointUpdatedExecutionState;
import dev.fakecloud.lambda.model.DurableShapes.ErrorObject;
import dev.fakecloud.lambda.model.DurableShapes.ExecutionDetails;
import dev.fakecloud.lambda.model.DurableShapes.GetDurableExecutionResponse;
import dev.fakecloud.lambda.model.DurableShapes.Operation;
import dev.fakecloud.lambda.model.DurableShapes.OperationUpdate;
import dev.fakecloud.lambda.model.DurableShapes.StopDurableExecutionResponse;
import dev.fakecloud.lambda.model.DurableShapes.TraceHeader;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Durable executions: what the execution engine starts and completes, and what callers read, stop, checkpoint and
 * call back through the API.
 */
@ApplicationScoped
public class DurableExecutionService {

    static final int DEFAULT_PAGE = 100;

    private final DurableExecutionStore store;
    private final DurableIds ids;
    private final DurableCheckpoints checkpoints;

    public DurableExecutionService(DurableExecutionStore store, DurableIds ids) {
        this.store = store;
        this.ids = ids;
        this.checkpoints = new DurableCheckpoints(store, ids);
    }

    /**
     * Starts an execution of a function version (for the engine that runs durable functions): its EXECUTION
     * operation, the ExecutionStarted event and the first checkpoint token.
     *
     * @param executionName the caller's name for it, or null for a generated one
     */
    public DurableExecution start(Scope scope, String functionName, String version, String executionName,
            String inputPayload, int executionTimeoutSeconds, TraceHeader traceHeader) {
        Validation.start()
                .length(executionName, "durableExecutionName", 1, 64)
                .pattern(executionName, "durableExecutionName", DurableValidation.EXECUTION_NAME)
                .throwIfInvalid();
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        String name = executionName != null ? executionName : id;
        String functionArn = LambdaArns.function(scope, functionName, version);
        String arn = functionArn + "/durable-execution/" + name + "/" + id;
        DurableExecution e = new DurableExecution(scope, arn, name, functionName, version, functionArn,
                inputPayload, now, traceHeader);
        Operation op = new Operation(id, null, null, "EXECUTION", null, DurableExecution.seconds(now), null,
                "STARTED", new ExecutionDetails(inputPayload), null, null, null, null, null);
        synchronized (e) {
            e.putOperation(op, false);
            e.addEvent("ExecutionStarted", op, now, new ExecutionStartedDetails(new EventInput(inputPayload, false),
                    executionTimeoutSeconds));
            e.issueToken(ids.checkpointToken());
        }
        store.add(e);
        return e;
    }

    /** Records the end of one invocation of the execution's function (for the engine). */
    public void invocationCompleted(DurableExecution e, Instant start, Instant end, String requestId,
            ErrorObject error) {
        e.addEvent("InvocationCompleted", null, end, new InvocationCompletedDetails(DurableExecution.seconds(start),
                DurableExecution.seconds(end), requestId, error == null ? null : new EventError(error, false)));
    }

    public GetDurableExecutionResponse get(Scope scope, String arn) {
        DurableValidation.executionArn(Validation.start(), arn).throwIfInvalid();
        return existing(scope, arn).details();
    }

    public Page<Event> history(Scope scope, String arn, Boolean includeData, Boolean reverse, String marker,
            Integer maxItems) {
        DurableValidation.itemCount(DurableValidation.executionArn(Validation.start(), arn), maxItems)
                .throwIfInvalid();
        List<Event> events = existing(scope, arn).events();
        boolean withData = includeData == null || includeData;
        boolean backwards = Boolean.TRUE.equals(reverse);
        List<Event> ordered = new ArrayList<>(withData ? events : events.stream().map(Event::withoutData).toList());
        if (backwards) {
            Collections.reverse(ordered);
        }
        return Page.of(ordered, ev -> String.format("%010d", backwards ? Integer.MAX_VALUE - ev.eventId()
                : ev.eventId()), marker, pageSize(maxItems), DurableExecutionService::invalidMarker);
    }

    public Page<Operation> state(Scope scope, String arn, String token, String marker, Integer maxItems) {
        DurableValidation.itemCount(DurableValidation.checkpointToken(
                DurableValidation.executionArn(Validation.start(), arn), token), maxItems).throwIfInvalid();
        DurableExecution e = forCheckpoints(scope, arn);
        if (!e.issued(token)) {
            throw invalidToken();
        }
        List<Operation> operations = e.operations();
        Map<String, Integer> order = new LinkedHashMap<>();
        operations.forEach(op -> order.put(op.id(), order.size()));
        return Page.of(operations, op -> String.format("%010d", order.get(op.id())), marker, pageSize(maxItems),
                DurableExecutionService::invalidMarker);
    }

    public CheckpointDurableExecutionResponse checkpoint(Scope scope, String arn,
            CheckpointDurableExecutionRequest r) {
        Validation v = DurableValidation.checkpointToken(DurableValidation.executionArn(Validation.start(), arn),
                r.checkpointToken())
                .length(r.clientToken(), "clientToken", 1, 64)
                .pattern(r.clientToken(), "clientToken", DurableValidation.CLIENT_TOKEN);
        DurableValidation.updates(v, r.updates());
        v.throwIfInvalid();
        DurableExecution e = forCheckpoints(scope, arn);
        synchronized (e) {
            DurableExecution.Checkpointed last = e.lastCheckpoint();
            if (last != null && r.clientToken() != null && r.clientToken().equals(last.clientToken())
                    && r.checkpointToken().equals(last.consumedToken())) {
                return response(last.newToken(), last.operations());
            }
            if (!e.running()) {
                throw new InvalidParameterValueException("The durable execution " + arn + " is not running.");
            }
            if (!r.checkpointToken().equals(e.checkpointToken())) {
                throw invalidToken();
            }
            DurableExecution.Snapshot before = e.snapshot();
            Map<String, Operation> changed = new LinkedHashMap<>();
            e.changedOutsideCheckpoints().forEach(op -> changed.put(op.id(), op));
            Instant now = Instant.now();
            try {
                for (OperationUpdate u : r.updates() == null ? List.<OperationUpdate>of() : r.updates()) {
                    Operation op = checkpoints.apply(e, u, now);
                    changed.remove(op.id());
                    changed.put(op.id(), op);
                }
            } catch (RuntimeException failure) {
                e.callbackIds().stream().filter(id -> !before.callbacks().containsKey(id))
                        .forEach(store::removeCallback);
                e.restore(before);
                throw failure;
            }
            String token = ids.checkpointToken();
            List<Operation> operations = List.copyOf(changed.values());
            e.issueToken(token);
            e.checkpointed(new DurableExecution.Checkpointed(r.clientToken(), r.checkpointToken(), token,
                    operations));
            return response(token, operations);
        }
    }

    public StopDurableExecutionResponse stop(Scope scope, String arn, ErrorObject error) {
        DurableValidation.executionArn(Validation.start(), arn).throwIfInvalid();
        DurableExecution e = existing(scope, arn);
        synchronized (e) {
            if (!e.running()) {
                throw new InvalidParameterValueException("The durable execution " + arn + " is not running.");
            }
            Instant now = Instant.now();
            OperationDraft op = OperationDraft.of(e.executionOperation());
            op.status = "STOPPED";
            op.endTimestamp = DurableExecution.seconds(now);
            Operation stopped = op.build();
            e.putOperation(stopped, true);
            e.finish("STOPPED", now, null, error);
            e.addEvent("ExecutionStopped", stopped, now, new ErrorDetails(new EventError(error, false)));
            return new StopDurableExecutionResponse(DurableExecution.seconds(now));
        }
    }

    public void callbackSucceeded(Scope scope, String callbackId, byte[] result) {
        Validation v = DurableValidation.callbackId(Validation.start(), callbackId);
        if (result != null && result.length > DurableValidation.MAX_CALLBACK_RESULT) {
            v.violation("[" + result.length + " bytes]", "result", "Member must have length less than or equal to "
                    + DurableValidation.MAX_CALLBACK_RESULT);
        }
        v.throwIfInvalid();
        String payload = result == null ? null : new String(result, StandardCharsets.UTF_8);
        completeCallback(scope, callbackId, "SUCCEEDED", payload, null);
    }

    public void callbackFailed(Scope scope, String callbackId, ErrorObject error) {
        DurableValidation.callbackId(Validation.start(), callbackId).throwIfInvalid();
        completeCallback(scope, callbackId, "FAILED", null, error);
    }

    public void callbackHeartbeat(Scope scope, String callbackId) {
        DurableValidation.callbackId(Validation.start(), callbackId).throwIfInvalid();
        DurableExecution e = byCallback(scope, callbackId);
        synchronized (e) {
            openCallback(e, callbackId);
        }
    }

    private void completeCallback(Scope scope, String callbackId, String status, String result, ErrorObject error) {
        DurableExecution e = byCallback(scope, callbackId);
        synchronized (e) {
            Operation op = openCallback(e, callbackId);
            Instant now = Instant.now();
            OperationDraft d = OperationDraft.of(op);
            d.status = status;
            d.endTimestamp = DurableExecution.seconds(now);
            d.callbackDetails = new CallbackDetails(callbackId, result, error);
            Operation done = d.build();
            e.putOperation(done, true);
            if ("SUCCEEDED".equals(status)) {
                e.addEvent("CallbackSucceeded", done, now, new ResultDetails(new EventResult(result, false)));
            } else {
                e.addEvent("CallbackFailed", done, now, new ErrorDetails(new EventError(error, false)));
            }
        }
    }

    /** The callback's operation while it waits; a closed callback (or execution) has timed out for its caller. */
    private static Operation openCallback(DurableExecution e, String callbackId) {
        Operation op = e.operation(e.callbackOperation(callbackId));
        if (!e.running() || op == null || !"STARTED".equals(op.status())) {
            throw new CallbackTimeoutException();
        }
        return op;
    }

    private DurableExecution byCallback(Scope scope, String callbackId) {
        return store.byCallback(callbackId).filter(e -> e.scope().equals(scope))
                .orElseThrow(() -> new ResourceNotFoundException("Callback not found: " + callbackId));
    }

    private DurableExecution existing(Scope scope, String arn) {
        return store.find(arn).filter(e -> e.scope().equals(scope))
                .orElseThrow(() -> new ResourceNotFoundException("Durable execution not found: " + arn));
    }

    /** Checkpoint APIs answer InvalidParameterValueException (they have no not-found error) for unknown ARNs. */
    private DurableExecution forCheckpoints(Scope scope, String arn) {
        return store.find(arn).filter(e -> e.scope().equals(scope))
                .orElseThrow(() -> new InvalidParameterValueException("Durable execution not found: " + arn));
    }

    private static CheckpointDurableExecutionResponse response(String token, List<Operation> operations) {
        return new CheckpointDurableExecutionResponse(token, new CheckpointUpdatedExecutionState(operations, null));
    }

    static int pageSize(Integer maxItems) {
        return maxItems == null || maxItems == 0 ? DEFAULT_PAGE : maxItems;
    }

    static InvalidParameterValueException invalidMarker() {
        return new InvalidParameterValueException("Invalid marker");
    }

    private static InvalidParameterValueException invalidToken() {
        return new InvalidParameterValueException("Invalid checkpoint token.");
    }
}
