package dev.fakecloud.lambda.runtime;

import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One sandbox of a function version: a container running the image's runtime client against this environment's
 * Runtime API. It runs one invocation at a time. {@code /next} requests are parked until an invocation is
 * assigned and answered the moment it is; the function's deadline, init errors, timeouts and the runtime exiting
 * end an invocation as Lambda reports them. All state changes happen under the environment's monitor (short, never
 * blocking), whichever thread they come from: the Runtime API's event loop, the invoke path, timers or Docker
 * callbacks.
 */
final class ExecutionEnvironment implements RuntimeApiServer.Listener {

    static final int MAX_RESPONSE_BYTES = 6_291_556;
    private static final int MAX_INIT_OUTPUT = 64 * 1024;

    enum State { STARTING, IDLE, BUSY, DEAD }

    /** Receives what happens to the environment: the pool that owns it. */
    interface Owner {
        void idle(ExecutionEnvironment env);

        void dead(ExecutionEnvironment env);
    }

    /** The invocation in flight. */
    private static final class Running {
        final Invocation invocation;
        final String invokedArn;
        final CompletableFuture<Outcome> result;
        final InvocationLog log;
        final boolean cold;
        long startNanos;
        boolean delivered;
        long timer = -1;

        Running(Invocation invocation, String invokedArn, CompletableFuture<Outcome> result,
                InvocationLog log, boolean cold) {
            this.invocation = invocation;
            this.invokedArn = invokedArn;
            this.result = result;
            this.log = log;
            this.cold = cold;
        }
    }

    final String id = UUID.randomUUID().toString().replace("-", "");
    /** Completes when the runtime first asks for an event (init done); fails if the environment dies before. */
    final CompletableFuture<ExecutionEnvironment> initialised = new CompletableFuture<>();
    final EnvironmentSpec spec;
    final String initializationType;
    private final Vertx vertx;
    private final Owner owner;
    private final long createdNanos = System.nanoTime();

    private State state = State.STARTING;
    private RuntimeApiServer api;
    private String containerId;
    private HttpServerRequest parkedNext;
    private Running current;
    private Running finishing;
    private boolean initialized;
    private Double initDurationMs;
    private boolean usedOnce;
    private final StringBuilder initOutput = new StringBuilder();
    private volatile long lastUsedMillis = System.currentTimeMillis();

    ExecutionEnvironment(EnvironmentSpec spec, String initializationType, Vertx vertx, Owner owner) {
        this.spec = spec;
        this.initializationType = initializationType;
        this.vertx = vertx;
        this.owner = owner;
    }

    synchronized void attach(RuntimeApiServer api) {
        this.api = api;
    }

    synchronized void started(String containerId) {
        this.containerId = containerId;
    }

    synchronized String containerId() {
        return containerId;
    }

    synchronized State state() {
        return state;
    }

    long lastUsedMillis() {
        return lastUsedMillis;
    }

    /** Takes an idle (or starting, for the invocation that caused it) environment for one invocation. */
    synchronized boolean assign(Invocation invocation, String invokedArn, CompletableFuture<Outcome> result) {
        if (state == State.DEAD || current != null) {
            return false;
        }
        boolean cold = !usedOnce && !"provisioned-concurrency".equals(initializationType);
        usedOnce = true;
        String init = cold ? initOutput.toString() : null;
        initOutput.setLength(0);
        current = new Running(invocation, invokedArn, result,
                new InvocationLog(invocation.requestId(), spec.version(), init), cold);
        current.startNanos = System.nanoTime();
        if (state == State.IDLE) {
            state = State.BUSY;
        }
        if (parkedNext != null) {
            HttpServerRequest next = parkedNext;
            parkedNext = null;
            deliver(next);
        }
        return true;
    }

    @Override
    public synchronized void next(HttpServerRequest request) {
        if (state == State.DEAD) {
            request.response().setStatusCode(410).end();
            return;
        }
        if (!initialized) {
            initialized = true;
            initDurationMs = (System.nanoTime() - createdNanos) / 1e6;
            initialised.complete(this);
        }
        if (current != null && !current.delivered) {
            deliver(request);
            return;
        }
        parkedNext = request;
        request.connection().closeHandler(v -> forgetParked(request));
        if (state == State.STARTING && current == null) {
            state = State.IDLE;
            owner.idle(this);
        }
    }

    private synchronized void forgetParked(HttpServerRequest request) {
        if (parkedNext == request) {
            parkedNext = null;
        }
    }

    private void deliver(HttpServerRequest request) {
        Running r = current;
        state = State.BUSY;
        r.delivered = true;
        long deadline = System.currentTimeMillis() + spec.timeoutSeconds() * 1000L;
        HttpServerResponse response = request.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json")
                .putHeader("Lambda-Runtime-Aws-Request-Id", r.invocation.requestId())
                .putHeader("Lambda-Runtime-Deadline-Ms", Long.toString(deadline))
                .putHeader("Lambda-Runtime-Invoked-Function-Arn", r.invokedArn)
                .putHeader("Lambda-Runtime-Trace-Id", traceId());
        if (r.invocation.clientContext() != null) {
            response.putHeader("Lambda-Runtime-Client-Context", clientContext(r.invocation.clientContext()));
        }
        byte[] payload = r.invocation.payload().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8)
                : r.invocation.payload();
        response.end(Buffer.buffer(payload));
        String requestId = r.invocation.requestId();
        r.timer = vertx.setTimer(Math.max(1, spec.timeoutSeconds() * 1000L), t -> timedOut(requestId));
    }

    @Override
    public synchronized void response(String requestId, Buffer body) {
        Running r = running(requestId);
        if (r == null) {
            return;
        }
        if (body.length() > MAX_RESPONSE_BYTES) {
            complete(r, errorResult("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum "
                    + "allowed payload size (" + MAX_RESPONSE_BYTES + " bytes)."), false);
            return;
        }
        complete(r, new InvocationResult(200, body.getBytes(), spec.version(), null, null), false);
    }

    @Override
    public synchronized void error(String requestId, String errorType, Buffer body) {
        Running r = running(requestId);
        if (r == null) {
            return;
        }
        byte[] payload = body.length() == 0 ? errorJson(errorType == null ? "Runtime.Unknown" : errorType,
                "Unknown error") : body.getBytes();
        complete(r, new InvocationResult(200, payload, spec.version(), "Unhandled", null), false);
    }

    @Override
    public synchronized void initError(String errorType, Buffer body) {
        Running r = current;
        if (r != null) {
            byte[] payload = body.length() == 0 ? errorJson(errorType == null ? "Runtime.Unknown" : errorType,
                    "Init error") : body.getBytes();
            complete(r, new InvocationResult(200, payload, spec.version(), "Unhandled", null), true);
        } else {
            die();
        }
    }

    private void timedOut(String requestId) {
        synchronized (this) {
            Running r = running(requestId);
            if (r == null) {
                return;
            }
            double seconds = spec.timeoutSeconds();
            String message = String.format(java.util.Locale.ROOT, "RequestId: %s Error: Task timed out after %.2f "
                    + "seconds", requestId, seconds);
            r.log.append(java.time.Instant.now() + " " + requestId + " Task timed out after "
                    + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " seconds\n");
            complete(r, errorResult("Sandbox.Timedout", message), true);
        }
    }

    /** The container stopped (crashed, was killed or ran out of memory). */
    synchronized void exited(long exitCode) {
        Running r = current;
        if (r != null) {
            String message = "RequestId: " + r.invocation.requestId() + " Error: Runtime exited "
                    + (exitCode == 137 ? "with error: signal: killed" : "with error: exit status " + exitCode);
            complete(r, errorResult("Runtime.ExitError", message), true);
        } else {
            die();
        }
    }

    /** Output the container wrote, attributed to the invocation it belongs to. */
    synchronized void output(String text) {
        if (current != null) {
            current.log.append(text);
        } else if (finishing != null) {
            finishing.log.append(text);
        } else if (initOutput.length() < MAX_INIT_OUTPUT) {
            initOutput.append(text);
        }
    }

    /** Stops serving; the owner removes the container. */
    synchronized void die() {
        if (state == State.DEAD) {
            return;
        }
        state = State.DEAD;
        initialised.completeExceptionally(new IllegalStateException("the runtime stopped before it initialised"));
        if (parkedNext != null) {
            parkedNext.response().setStatusCode(410).end();
            parkedNext = null;
        }
        if (current != null) {
            Running r = current;
            current = null;
            if (!r.result.isDone()) {
                r.result.complete(new Outcome(new InvocationResult(200, errorJson("Runtime.ExitError", "RequestId: "
                        + r.invocation.requestId() + " Error: execution environment stopped"), spec.version(),
                        "Unhandled", null), 0, containerId, r.log.text()));
            }
        }
        if (api != null) {
            api.close();
        }
        owner.dead(this);
    }

    private Running running(String requestId) {
        Running r = current;
        return r != null && r.invocation.requestId().equals(requestId) ? r : null;
    }

    private void complete(Running r, InvocationResult result, boolean fatal) {
        if (r.timer >= 0) {
            vertx.cancelTimer(r.timer);
        }
        current = null;
        lastUsedMillis = System.currentTimeMillis();
        double durationMs = (System.nanoTime() - r.startNanos) / 1e6;
        Double init = r.cold ? initDurationMs : null;
        if (r.invocation.tailLogs()) {
            finishing = r;
            vertx.setTimer(15, t -> finishLog(r, result, durationMs, init));
        } else {
            r.log.finish(r.invocation.requestId(), durationMs, spec.memoryMb(), maxMemoryUsedMb(), init);
            r.result.complete(new Outcome(result, durationMs, containerId, null));
        }
        if (fatal) {
            die();
        } else if (state != State.DEAD) {
            state = State.IDLE;
            owner.idle(this);
        }
    }

    private void finishLog(Running r, InvocationResult result, double durationMs, Double init) {
        String tail;
        String text;
        synchronized (this) {
            r.log.finish(r.invocation.requestId(), durationMs, spec.memoryMb(), maxMemoryUsedMb(), init);
            tail = r.log.tail();
            text = r.log.text();
            if (finishing == r) {
                finishing = null;
            }
        }
        r.result.complete(new Outcome(new InvocationResult(result.status(), result.payload(),
                result.executedVersion(), result.functionError(), tail), durationMs, containerId, text));
    }

    private Long maxMemoryUsedMb() {
        java.util.OptionalLong peak = MemoryProbe.peakBytes(containerId);
        return peak.isPresent() ? Math.max(1, peak.getAsLong() / (1024 * 1024)) : null;
    }

    private InvocationResult errorResult(String type, String message) {
        return new InvocationResult(200, errorJson(type, message), spec.version(), "Unhandled", null);
    }

    static byte[] errorJson(String type, String message) {
        return ("{\"errorType\":\"" + escape(type) + "\",\"errorMessage\":\"" + escape(message) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String clientContext(String base64) {
        try {
            return new String(java.util.Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(8, 24) + ";Sampled=0;Lineage=1:" + hex.substring(0, 8) + ":0";
    }
}
