package dev.fakecloud.lambda.runtime;

import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.ContextInternal;
import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One sandbox of a function version: a container running the image's runtime client against this environment's
 * Runtime API. It runs one invocation at a time. {@code /next} requests are parked until an invocation is assigned
 * and answered the moment it is; the function's deadline, init errors, timeouts and the runtime exiting end an
 * invocation as Lambda reports them.
 *
 * <p>Confinement: the environment owns a Vert.x event-loop context of its own and its state is touched only there.
 * Its Runtime API server runs on that context, so the runtime's requests arrive on it; everything else (the invoke
 * path, timers, Docker's exit events, container output) is handed over with {@code runOnContext}. No monitor is
 * needed. Results are completed last, after the state has changed, so whatever they trigger (the next invocation,
 * say) finds the environment already idle.
 */
final class ExecutionEnvironment implements RuntimeApiServer.Listener, ContainerOutputs.Sink {

    private static final Logger LOG = Logger.getLogger(ExecutionEnvironment.class);
    static final int MAX_RESPONSE_BYTES = 6_291_556;
    private static final int MAX_INIT_OUTPUT = 64 * 1024;
    /** With {@code LogType=Tail}, how long to wait for output the runtime wrote just before it answered. */
    private static final long TAIL_GRACE_MS = 15;
    private static final long MAX_OUTPUT_RETRY_MS = 30_000;

    enum State { STARTING, IDLE, BUSY, DEAD }

    /** The pool that owns the environment; called on the environment's context. */
    interface Owner {
        /** The environment is free for the next invocation; false when it should stop instead (it was retired). */
        boolean idle(ExecutionEnvironment env);

        /**
         * The environment stopped; its container, if it has one, is to be removed, and {@code containerGone} run once
         * that has been tried. Called at least once.
         */
        void dead(ExecutionEnvironment env, Runnable containerGone);

        /**
         * Output that arrived after the invocation that wrote it had been reported (Docker's log stream lags the
         * Runtime API): it still belongs in the environment's log stream.
         */
        default void lateOutput(ExecutionEnvironment env, String text) {
        }
    }

    /** The environment could not take an invocation (busy or stopped): try another one. */
    static final class Unavailable extends RuntimeException {
        static final Unavailable INSTANCE = new Unavailable();

        private Unavailable() {
            super("execution environment unavailable", null, false, false);
        }
    }

    /** The runtime did not ask for its first event within the init timeout. */
    static final class InitTimedOut extends RuntimeException {
        InitTimedOut(long seconds) {
            super("the runtime did not reach the Runtime API within " + seconds + " s (FAKECLOUD_LAMBDA_INIT_TIMEOUT)",
                    null, false, false);
        }
    }

    /** The invocation in flight. */
    private static final class Running {
        final Invocation invocation;
        final String invokedArn;
        final CompletableFuture<Outcome> result;
        final InvocationLog log;
        final boolean cold;
        /** From when the invocation was taken; from its delivery to the runtime once delivered (Duration excludes Init). */
        long startNanos = System.nanoTime();
        boolean delivered;
        boolean timedOut;
        long timer = -1;

        Running(Invocation invocation, String invokedArn, CompletableFuture<Outcome> result, InvocationLog log,
                boolean cold) {
            this.invocation = invocation;
            this.invokedArn = invokedArn;
            this.result = result;
            this.log = log;
            this.cold = cold;
        }
    }

    final String id = UUID.randomUUID().toString().replace("-", "");
    final EnvironmentSpec spec;
    /** The log group and stream this environment writes to ({@code AWS_LAMBDA_LOG_STREAM_NAME}). */
    final String logGroup;
    final String logStream;
    final String initializationType;
    private final ContextInternal context;
    private final Owner owner;
    private final ContainerOutputs outputs;
    private final long createdNanos = System.nanoTime();
    /** Completes when the runtime first asks for an event (init done); fails if the environment stops before. */
    private final CompletableFuture<ExecutionEnvironment> initialised = new CompletableFuture<>();

    // read from anywhere, written on the context only
    private volatile State state = State.STARTING;
    private volatile String containerId;
    private volatile long lastUsedMillis = System.currentTimeMillis();

    // confined to the context
    private RuntimeApiServer api;
    private Closeable output;
    private long outputRetryMs = 1000;
    private MemoryProbe memory;
    private HttpServerRequest parkedNext;
    private Running current;
    private Running finishing;
    private boolean initialized;
    private Double initDurationMs;
    private boolean usedOnce;
    private final StringBuilder initOutput = new StringBuilder();

    ExecutionEnvironment(EnvironmentSpec spec, String logGroup, String initializationType, ContextInternal context,
            Owner owner, ContainerOutputs outputs) {
        this.spec = spec;
        this.logGroup = logGroup;
        this.logStream = EnvironmentVariables.logStream(spec.version(), id);
        this.initializationType = initializationType;
        this.context = context;
        this.owner = owner;
        this.outputs = outputs;
    }

    ContextInternal context() {
        return context;
    }

    String containerId() {
        return containerId;
    }

    State state() {
        return state;
    }

    long lastUsedMillis() {
        return lastUsedMillis;
    }

    boolean provisioned() {
        return "provisioned-concurrency".equals(initializationType);
    }

    /** Completes with the environment once its runtime has asked for its first event. */
    Uni<ExecutionEnvironment> initialisation() {
        return Uni.createFrom().completionStage(initialised.copy());
    }

    // ---- the invoke path, the launcher, the pool, Docker: handed over to the context

    /**
     * Takes an invocation if the environment is free (idle, or starting and not yet promised to another). The result
     * fails with {@link Unavailable} when it is not, and completes with the outcome once the invocation has ended.
     */
    CompletableFuture<Outcome> accept(Invocation invocation, String invokedArn) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        context.runOnContext(v -> take(invocation, invokedArn, result));
        return result;
    }

    void attach(RuntimeApiServer server) {
        context.runOnContext(v -> {
            api = server;
            if (state == State.DEAD) {
                server.close();
            }
        });
    }

    /** The container runs: follow its output (unless the environment stopped meanwhile). */
    void started(String id) {
        context.runOnContext(v -> {
            containerId = id;
            memory = new MemoryProbe(id);
            if (state == State.DEAD) {
                owner.dead(this, this::closeApi);
            } else {
                output = outputs.follow(id, true, this);
            }
        });
    }

    /** The environment could not be launched; the invocation waiting for it fails with {@code cause}. */
    void failed(Throwable cause) {
        context.runOnContext(v -> {
            Running r = current;
            if (r != null && cause instanceof InitTimedOut) {
                complete(r, RuntimeErrors.result(spec.version(), "Runtime.ExitError", "RequestId: "
                        + r.invocation.requestId() + " Error: " + cause.getMessage()), true);
                return;
            }
            current = null;
            stop();
            if (r != null) {
                r.result.completeExceptionally(cause);
            }
        });
    }

    /** The container stopped (crashed, was killed or ran out of memory). */
    void exited(long exitCode) {
        context.runOnContext(v -> {
            Running r = current;
            if (r != null) {
                complete(r, RuntimeErrors.result(spec.version(), "Runtime.ExitError",
                        RuntimeErrors.exitMessage(r.invocation.requestId(), exitCode)), true);
            } else {
                stop();
            }
        });
    }

    /** Stops serving; the owner removes the container. A running invocation ends with an error. */
    void die() {
        context.runOnContext(v -> stop());
    }

    /** Stops if it has been idle for longer than {@code keepaliveMillis}. */
    void dieIfIdleFor(long keepaliveMillis) {
        context.runOnContext(v -> {
            if (state == State.IDLE && System.currentTimeMillis() - lastUsedMillis > keepaliveMillis) {
                stop();
            }
        });
    }

    @Override
    public void output(String text) {
        context.runOnContext(v -> {
            outputRetryMs = 1000;
            if (current != null) {
                current.log.append(text);
            } else if (finishing != null) {
                finishing.log.append(text);
            } else if (usedOnce) {
                owner.lateOutput(this, text);
            } else if (initOutput.length() < MAX_INIT_OUTPUT) {
                initOutput.append(text);
            }
        });
    }

    /** The output stream broke while the container may still run (the engine went away): follow it again later. */
    @Override
    public void ended() {
        context.runOnContext(v -> {
            output = null;
            if (state == State.DEAD || outputs.closed()) {
                return;
            }
            long delay = outputRetryMs;
            outputRetryMs = Math.min(MAX_OUTPUT_RETRY_MS, delay * 2);
            context.setTimer(delay, t -> {
                if (state != State.DEAD && output == null) {
                    output = outputs.follow(containerId, false, this);
                }
            });
        });
    }

    // ---- the Runtime API: its server runs on this context

    @Override
    public void next(HttpServerRequest request) {
        onContext(() -> {
            if (state == State.DEAD) {
                request.response().setStatusCode(410).end();
                return;
            }
            boolean first = !initialized;
            if (first) {
                initialized = true;
                initDurationMs = (System.nanoTime() - createdNanos) / 1e6;
            }
            if (current != null && !current.delivered) {
                deliver(request);
            } else {
                parkedNext = request;
                request.connection().closeHandler(closed -> {
                    if (parkedNext == request) {
                        parkedNext = null;
                    }
                });
                if (state == State.STARTING && current == null) {
                    state = State.IDLE;
                    if (!owner.idle(this)) {
                        stop();
                    }
                }
            }
            if (first) {
                initialised.complete(this);
            }
        });
    }

    @Override
    public void response(String requestId, Buffer body) {
        onContext(() -> {
            Running r = running(requestId);
            if (r == null) {
                return;
            }
            if (body.length() > MAX_RESPONSE_BYTES) {
                complete(r, RuntimeErrors.result(spec.version(), "Function.ResponseSizeTooLarge", "Response payload "
                        + "size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes)."), false);
                return;
            }
            complete(r, new InvocationResult(200, body.getBytes(), spec.version(), null, null), false);
        });
    }

    @Override
    public void error(String requestId, String errorType, Buffer body) {
        onContext(() -> {
            Running r = running(requestId);
            if (r == null) {
                return;
            }
            byte[] payload = body.length() == 0 ? RuntimeErrors.json(errorType == null ? "Runtime.Unknown"
                    : errorType, "Unknown error") : body.getBytes();
            complete(r, new InvocationResult(200, payload, spec.version(), "Unhandled", null), false);
        });
    }

    @Override
    public void initError(String errorType, Buffer body) {
        onContext(() -> {
            Running r = current;
            if (r == null) {
                stop();
                return;
            }
            byte[] payload = body.length() == 0 ? RuntimeErrors.json(errorType == null ? "Runtime.Unknown"
                    : errorType, "Init error") : body.getBytes();
            complete(r, new InvocationResult(200, payload, spec.version(), "Unhandled", null), true);
        });
    }

    // ---- on the context

    private void onContext(Runnable action) {
        if (context.inThread()) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    private void take(Invocation invocation, String invokedArn, CompletableFuture<Outcome> result) {
        if (state == State.DEAD || state == State.BUSY || current != null) {
            result.completeExceptionally(Unavailable.INSTANCE);
            return;
        }
        boolean cold = !usedOnce && !provisioned();
        usedOnce = true;
        String init = cold ? initOutput.toString() : null;
        initOutput.setLength(0);
        current = new Running(invocation, invokedArn, result,
                new InvocationLog(invocation.requestId(), spec.functionName(), spec.version(), init,
                        spec.jsonLogs()), cold);
        if (state == State.IDLE) {
            state = State.BUSY;
        }
        if (parkedNext != null) {
            HttpServerRequest next = parkedNext;
            parkedNext = null;
            deliver(next);
        }
    }

    private void deliver(HttpServerRequest request) {
        Running r = current;
        state = State.BUSY;
        r.delivered = true;
        r.startNanos = System.nanoTime();
        long timeoutMs = Math.max(1, spec.timeoutSeconds() * 1000L);
        NextEvent.send(request, r.invocation, r.invokedArn, System.currentTimeMillis() + timeoutMs);
        String requestId = r.invocation.requestId();
        r.timer = context.setTimer(timeoutMs, t -> timedOut(requestId));
    }

    private void timedOut(String requestId) {
        Running r = running(requestId);
        if (r == null) {
            return;
        }
        String seconds = String.format(Locale.ROOT, "%.2f", (double) spec.timeoutSeconds());
        r.timedOut = true;
        r.log.append(java.time.Instant.now() + " " + requestId + " Task timed out after " + seconds + " seconds\n");
        complete(r, RuntimeErrors.result(spec.version(), "Sandbox.Timedout", "RequestId: " + requestId
                + " Error: Task timed out after " + seconds + " seconds"), true);
    }

    private Running running(String requestId) {
        Running r = current;
        return r != null && r.invocation.requestId().equals(requestId) ? r : null;
    }

    /** Ends the invocation: the environment changes state first, then the result is reported. */
    private void complete(Running r, InvocationResult result, boolean fatal) {
        if (r.timer >= 0) {
            context.owner().cancelTimer(r.timer);
        }
        current = null;
        finishing = r;
        lastUsedMillis = System.currentTimeMillis();
        double durationMs = (System.nanoTime() - r.startNanos) / 1e6;
        Double init = r.cold ? initDurationMs : null;
        if (fatal) {
            stop();
        } else if (state != State.DEAD) {
            state = State.IDLE;
            if (!owner.idle(this)) {
                stop();
            }
        }
        if (r.invocation.tailLogs()) {
            context.setTimer(TAIL_GRACE_MS, t -> withPeakMemory(peak -> report(r, result, durationMs, init, peak)));
        } else {
            withPeakMemory(peak -> report(r, result, durationMs, init, peak));
        }
    }

    /** Reads the container's peak memory on a worker thread (it is a file read), then continues on the context. */
    private void withPeakMemory(Consumer<Long> then) {
        MemoryProbe probe = memory;
        if (probe == null || probe.unavailable()) {
            then.accept(null);
            return;
        }
        context.<OptionalLong>executeBlocking(probe::peakBytes, false).onComplete(read -> {
            OptionalLong peak = read.succeeded() ? read.result() : OptionalLong.empty();
            then.accept(peak.isPresent() ? Math.max(1, peak.getAsLong() / (1024 * 1024)) : null);
        });
    }

    private void report(Running r, InvocationResult result, double durationMs, Double initMs, Long peakMb) {
        String status = r.timedOut ? "timeout" : result.functionError() != null ? "error" : "success";
        r.log.finish(r.invocation.requestId(), durationMs, spec.memoryMb(), peakMb, initMs, status);
        if (finishing == r) {
            finishing = null;
        }
        InvocationResult reported = r.invocation.tailLogs() ? new InvocationResult(result.status(), result.payload(),
                result.executedVersion(), result.functionError(), r.log.tail()) : result;
        r.result.complete(new Outcome(reported, durationMs, containerId, logStream, r.log.text(), r.log.entries()));
    }

    /** Stops serving: state first, then the owner hears of it, then whoever waited gets an answer. */
    private void stop() {
        if (state == State.DEAD) {
            return;
        }
        state = State.DEAD;
        HttpServerRequest parked = parkedNext;
        parkedNext = null;
        Running r = current;
        current = null;
        if (r != null && r.timer >= 0) {
            context.owner().cancelTimer(r.timer);
        }
        closeOutput();
        // the Runtime API stays up until the container is gone: a runtime whose connection broke would only retry
        owner.dead(this, this::closeApi);
        initialised.completeExceptionally(new IllegalStateException("the runtime stopped before it initialised"));
        if (parked != null) {
            parked.response().setStatusCode(410).end(); // the runtime exits
        }
        if (r != null) {
            r.result.complete(new Outcome(RuntimeErrors.result(spec.version(), "Runtime.ExitError", "RequestId: "
                    + r.invocation.requestId() + " Error: execution environment stopped"), 0, containerId,
                    logStream, r.log.text(), r.log.entries()));
        }
    }

    private void closeApi() {
        context.runOnContext(v -> {
            if (api != null) {
                api.close();
                api = null;
            }
        });
    }

    private void closeOutput() {
        if (output != null) {
            try {
                output.close();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Closing the output of %s: %s", containerId, e.getMessage());
            }
            output = null;
        }
    }
}
