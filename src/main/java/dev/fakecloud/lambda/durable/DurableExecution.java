package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.DurableEvents.Event;
import dev.fakecloud.lambda.model.DurableEvents.EventDetails;
import dev.fakecloud.lambda.model.DurableShapes.ErrorObject;
import dev.fakecloud.lambda.model.DurableShapes.Execution;
import dev.fakecloud.lambda.model.DurableShapes.GetDurableExecutionResponse;
import dev.fakecloud.lambda.model.DurableShapes.Operation;
import dev.fakecloud.lambda.model.DurableShapes.TraceHeader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One durable execution: its identity, status, operations and history. Mutable; changed only while its monitor is
 * held ({@code synchronized (execution)}). The operations and events it holds are immutable values.
 */
public final class DurableExecution {

    public static final String RUNNING = "RUNNING";

    private final Scope scope;
    private final String arn;
    private final String name;
    private final String functionName;
    private final String version;
    private final String functionArn;
    private final String inputPayload;
    private final Instant start;
    private final TraceHeader traceHeader;
    private String status = RUNNING;
    private Instant end;
    private String result;
    private ErrorObject error;
    private final LinkedHashMap<String, Operation> operations = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, String> callbacks = new LinkedHashMap<>();
    private final Set<String> issuedTokens = new HashSet<>();
    private final Set<String> changedSinceCheckpoint = new LinkedHashSet<>();
    private String checkpointToken;
    private Checkpointed lastCheckpoint;

    /** What the last checkpoint consumed and answered, to replay it for a retried request with its client token. */
    record Checkpointed(String clientToken, String consumedToken, String newToken, List<Operation> operations) {
    }

    DurableExecution(Scope scope, String arn, String name, String functionName, String version, String functionArn,
            String inputPayload, Instant start, TraceHeader traceHeader) {
        this.scope = scope;
        this.arn = arn;
        this.name = name;
        this.functionName = functionName;
        this.version = version;
        this.functionArn = functionArn;
        this.inputPayload = inputPayload;
        this.start = start;
        this.traceHeader = traceHeader;
    }

    public Scope scope() {
        return scope;
    }

    public String arn() {
        return arn;
    }

    public String name() {
        return name;
    }

    public String functionName() {
        return functionName;
    }

    /** {@code $LATEST} or a published version number. */
    public String version() {
        return version;
    }

    public Instant start() {
        return start;
    }

    public synchronized String status() {
        return status;
    }

    public synchronized boolean running() {
        return RUNNING.equals(status);
    }

    synchronized void finish(String newStatus, Instant at, String newResult, ErrorObject newError) {
        status = newStatus;
        end = at;
        result = newResult;
        error = newError;
    }

    public synchronized String checkpointToken() {
        return checkpointToken;
    }

    synchronized void issueToken(String token) {
        checkpointToken = token;
        issuedTokens.add(token);
    }

    synchronized boolean issued(String token) {
        return issuedTokens.contains(token);
    }

    synchronized Checkpointed lastCheckpoint() {
        return lastCheckpoint;
    }

    synchronized void checkpointed(Checkpointed checkpoint) {
        lastCheckpoint = checkpoint;
        changedSinceCheckpoint.clear();
    }

    public synchronized Operation operation(String id) {
        return operations.get(id);
    }

    /** Adds or replaces an operation. {@code external} marks changes made outside a checkpoint (callbacks, stop). */
    synchronized void putOperation(Operation operation, boolean external) {
        operations.put(operation.id(), operation);
        if (external) {
            changedSinceCheckpoint.add(operation.id());
        }
    }

    /** Operations changed outside checkpoints since the last one, in the order they changed. */
    synchronized List<Operation> changedOutsideCheckpoints() {
        return changedSinceCheckpoint.stream().map(operations::get).toList();
    }

    public synchronized List<Operation> operations() {
        return List.copyOf(operations.values());
    }

    synchronized void addEvent(String type, Operation op, Instant at, EventDetails details) {
        events.add(new Event(type, op == null ? null : op.subType(), events.size() + 1, op == null ? null : op.id(),
                op == null ? null : op.name(), seconds(at), op == null ? null : op.parentId(), details));
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The state a failed checkpoint rolls back to, so that a checkpoint's updates apply all or not at all. */
    record Snapshot(Map<String, Operation> operations, int events, Map<String, String> callbacks, String status,
            Instant end, String result, ErrorObject error) {
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(new LinkedHashMap<>(operations), events.size(), new LinkedHashMap<>(callbacks), status,
                end, result, error);
    }

    synchronized void restore(Snapshot s) {
        operations.clear();
        operations.putAll(s.operations());
        events.subList(s.events(), events.size()).clear();
        callbacks.clear();
        callbacks.putAll(s.callbacks());
        status = s.status();
        end = s.end();
        result = s.result();
        error = s.error();
    }

    /** The EXECUTION operation, which Lambda starts with the execution. */
    synchronized Operation executionOperation() {
        return operations.values().iterator().next();
    }

    synchronized void registerCallback(String callbackId, String operationId) {
        callbacks.put(callbackId, operationId);
    }

    synchronized String callbackOperation(String callbackId) {
        return callbacks.get(callbackId);
    }

    synchronized Set<String> callbackIds() {
        return Set.copyOf(callbacks.keySet());
    }

    public synchronized Execution summary() {
        return new Execution(arn, name, functionArn, status, seconds(start), end == null ? null : seconds(end));
    }

    public synchronized GetDurableExecutionResponse details() {
        return new GetDurableExecutionResponse(arn, name, functionArn, inputPayload, result, error, seconds(start),
                status, end == null ? null : seconds(end), version, traceHeader);
    }

    /** Epoch seconds with millisecond precision, as REST-JSON writes timestamps. */
    static Double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }
}
