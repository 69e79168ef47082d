package dev.fakecloud.lambda.durable;

import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.DurableEvents.CallbackStartedDetails;
import dev.fakecloud.lambda.model.DurableEvents.ChainedInvokeStartedDetails;
import dev.fakecloud.lambda.model.DurableEvents.ErrorDetails;
import dev.fakecloud.lambda.model.DurableEvents.EventDetails;
import dev.fakecloud.lambda.model.DurableEvents.EventError;
import dev.fakecloud.lambda.model.DurableEvents.EventInput;
import dev.fakecloud.lambda.model.DurableEvents.EventResult;
import dev.fakecloud.lambda.model.DurableEvents.NoDetails;
import dev.fakecloud.lambda.model.DurableEvents.ResultDetails;
import dev.fakecloud.lambda.model.DurableEvents.RetryDetails;
import dev.fakecloud.lambda.model.DurableEvents.StepFailedDetails;
import dev.fakecloud.lambda.model.DurableEvents.StepSucceededDetails;
import dev.fakecloud.lambda.model.DurableEvents.WaitStartedDetails;
import dev.fakecloud.lambda.model.DurableShapes.CallbackDetails;
import dev.fakecloud.lambda.model.DurableShapes.ChainedInvokeDetails;
import dev.fakecloud.lambda.model.DurableShapes.ContextDetails;
import dev.fakecloud.lambda.model.DurableShapes.Operation;
import dev.fakecloud.lambda.model.DurableShapes.OperationUpdate;
import dev.fakecloud.lambda.model.DurableShapes.StepDetails;
import dev.fakecloud.lambda.model.DurableShapes.WaitDetails;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * How one checkpointed {@link OperationUpdate} changes an execution: operations start, succeed, fail, retry or are
 * cancelled, each change recorded in the history. Completions that come from outside the function (callbacks,
 * chained invocations, timers) are not the function's to checkpoint, so only the actions below are accepted.
 */
final class DurableCheckpoints {

    private static final Map<String, Set<String>> ACTIONS = Map.of(
            "EXECUTION", Set.of("SUCCEED", "FAIL"),
            "CONTEXT", Set.of("START", "SUCCEED", "FAIL"),
            "STEP", Set.of("START", "SUCCEED", "FAIL", "RETRY"),
            "WAIT", Set.of("START", "CANCEL"),
            "CALLBACK", Set.of("START", "CANCEL"),
            "CHAINED_INVOKE", Set.of("START"));
    private static final Set<String> OPEN = Set.of("STARTED", "PENDING", "READY");

    private final DurableExecutionStore store;
    private final DurableIds ids;

    DurableCheckpoints(DurableExecutionStore store, DurableIds ids) {
        this.store = store;
        this.ids = ids;
    }

    /** Applies the update to {@code e} (whose monitor the caller holds) and returns the changed operation. */
    Operation apply(DurableExecution e, OperationUpdate u, Instant now) {
        if (!ACTIONS.get(u.type()).contains(u.action())) {
            throw new InvalidParameterValueException("Action " + u.action() + " is not valid for operations of type "
                    + u.type() + ".");
        }
        Operation current = e.operation(u.id());
        if ("START".equals(u.action())) {
            return start(e, current, u, now);
        }
        if (current == null) {
            throw new InvalidParameterValueException("Operation " + u.id() + " does not exist.");
        }
        if (!current.type().equals(u.type())) {
            throw new InvalidParameterValueException("Operation " + u.id() + " is of type " + current.type()
                    + ", not " + u.type() + ".");
        }
        if (!OPEN.contains(current.status())) {
            throw new InvalidParameterValueException("Operation " + u.id() + " has already completed.");
        }
        OperationDraft d = OperationDraft.of(current);
        switch (u.action()) {
            case "SUCCEED" -> succeed(e, d, u, now);
            case "FAIL" -> fail(e, d, u, now);
            case "RETRY" -> retry(e, d, u, now);
            default -> cancel(e, d, now);
        }
        Operation updated = d.build();
        e.putOperation(updated, false);
        return updated;
    }

    private Operation start(DurableExecution e, Operation current, OperationUpdate u, Instant now) {
        if (current != null) {
            boolean retryingStep = "STEP".equals(current.type()) && "STEP".equals(u.type())
                    && ("PENDING".equals(current.status()) || "READY".equals(current.status()));
            if (!retryingStep) {
                throw new InvalidParameterValueException("Operation " + u.id() + " has already been started.");
            }
            OperationDraft d = OperationDraft.of(current);
            StepDetails step = current.stepDetails();
            int attempt = step == null || step.attempt() == null ? 1 : step.attempt() + 1;
            d.status = "STARTED";
            d.stepDetails = new StepDetails(attempt, null, null, null);
            Operation restarted = d.build();
            e.putOperation(restarted, false);
            e.addEvent("StepStarted", restarted, now, NoDetails.INSTANCE);
            return restarted;
        }
        if (u.parentId() != null && e.operation(u.parentId()) == null) {
            throw new InvalidParameterValueException("Parent operation " + u.parentId() + " does not exist.");
        }
        OperationDraft d = new OperationDraft();
        d.id = u.id();
        d.parentId = u.parentId();
        d.name = u.name();
        d.type = u.type();
        d.subType = u.subType();
        d.startTimestamp = DurableExecution.seconds(now);
        d.status = "STARTED";
        String event;
        EventDetails details;
        switch (u.type()) {
            case "CONTEXT" -> {
                d.contextDetails = new ContextDetails(u.contextOptions() == null ? null
                        : u.contextOptions().replayChildren(), null, null);
                event = "ContextStarted";
                details = NoDetails.INSTANCE;
            }
            case "STEP" -> {
                d.stepDetails = new StepDetails(1, null, null, null);
                event = "StepStarted";
                details = NoDetails.INSTANCE;
            }
            case "WAIT" -> {
                Integer seconds = u.waitOptions() == null ? null : u.waitOptions().waitSeconds();
                if (seconds == null) {
                    throw new InvalidParameterValueException("WaitOptions with WaitSeconds are required to start a "
                            + "WAIT operation.");
                }
                Double end = DurableExecution.seconds(now.plusSeconds(seconds));
                d.waitDetails = new WaitDetails(end);
                event = "WaitStarted";
                details = new WaitStartedDetails(seconds, end);
            }
            case "CALLBACK" -> {
                String callbackId = ids.callbackId();
                d.callbackDetails = new CallbackDetails(callbackId, null, null);
                e.registerCallback(callbackId, u.id());
                store.addCallback(callbackId, e);
                event = "CallbackStarted";
                details = new CallbackStartedDetails(callbackId, u.callbackOptions() == null ? null
                        : u.callbackOptions().heartbeatTimeoutSeconds(), u.callbackOptions() == null ? null
                        : u.callbackOptions().timeoutSeconds());
            }
            default -> {
                if (u.chainedInvokeOptions() == null) {
                    throw new InvalidParameterValueException("ChainedInvokeOptions are required to start a "
                            + "CHAINED_INVOKE operation.");
                }
                d.chainedInvokeDetails = new ChainedInvokeDetails(null, null);
                event = "ChainedInvokeStarted";
                details = new ChainedInvokeStartedDetails(u.chainedInvokeOptions().functionName(),
                        u.chainedInvokeOptions().tenantId(), new EventInput(u.payload(), false), null, null);
            }
        }
        Operation started = d.build();
        e.putOperation(started, false);
        e.addEvent(event, started, now, details);
        return started;
    }

    private static void succeed(DurableExecution e, OperationDraft d, OperationUpdate u, Instant now) {
        d.status = "SUCCEEDED";
        d.endTimestamp = DurableExecution.seconds(now);
        EventResult result = new EventResult(u.payload(), false);
        Operation before = d.build();
        switch (d.type) {
            case "EXECUTION" -> {
                e.finish("SUCCEEDED", now, u.payload(), null);
                e.addEvent("ExecutionSucceeded", before, now, new ResultDetails(result));
            }
            case "CONTEXT" -> {
                d.contextDetails = new ContextDetails(d.contextDetails == null ? null
                        : d.contextDetails.replayChildren(), u.payload(), null);
                e.addEvent("ContextSucceeded", before, now, new ResultDetails(result));
            }
            default -> {
                int attempt = attempt(d);
                d.stepDetails = new StepDetails(attempt, null, u.payload(), null);
                e.addEvent("StepSucceeded", before, now, new StepSucceededDetails(result,
                        new RetryDetails(attempt, null)));
            }
        }
    }

    private static void fail(DurableExecution e, OperationDraft d, OperationUpdate u, Instant now) {
        d.status = "FAILED";
        d.endTimestamp = DurableExecution.seconds(now);
        EventError error = new EventError(u.error(), false);
        Operation before = d.build();
        switch (d.type) {
            case "EXECUTION" -> {
                e.finish("FAILED", now, null, u.error());
                e.addEvent("ExecutionFailed", before, now, new ErrorDetails(error));
            }
            case "CONTEXT" -> {
                d.contextDetails = new ContextDetails(d.contextDetails == null ? null
                        : d.contextDetails.replayChildren(), null, u.error());
                e.addEvent("ContextFailed", before, now, new ErrorDetails(error));
            }
            default -> {
                int attempt = attempt(d);
                d.stepDetails = new StepDetails(attempt, null, null, u.error());
                e.addEvent("StepFailed", before, now, new StepFailedDetails(error, new RetryDetails(attempt, null)));
            }
        }
    }

    private static void retry(DurableExecution e, OperationDraft d, OperationUpdate u, Instant now) {
        int delay = u.stepOptions() == null || u.stepOptions().nextAttemptDelaySeconds() == null ? 1
                : u.stepOptions().nextAttemptDelaySeconds();
        int attempt = attempt(d);
        d.status = "PENDING";
        d.stepDetails = new StepDetails(attempt, DurableExecution.seconds(now.plusSeconds(delay)), null, u.error());
        e.addEvent("StepFailed", d.build(), now, new StepFailedDetails(new EventError(u.error(), false),
                new RetryDetails(attempt, delay)));
    }

    private static void cancel(DurableExecution e, OperationDraft d, Instant now) {
        d.status = "CANCELLED";
        d.endTimestamp = DurableExecution.seconds(now);
        if ("WAIT".equals(d.type)) {
            e.addEvent("WaitCancelled", d.build(), now, new ErrorDetails(null));
        }
    }

    private static int attempt(OperationDraft d) {
        return d.stepDetails == null || d.stepDetails.attempt() == null ? 1 : d.stepDetails.attempt();
    }
}
