package dev.fakecloud.lambda.invoke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.error.InvalidRequestContentException;
import dev.fakecloud.lambda.error.RequestEntityTooLargeException;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * The invoke path up to the execution engine: resolves the qualifier (alias routing included), applies AWS's
 * payload rules, answers dry runs, admits synchronous invocations through the {@link ConcurrencyGate} and queues
 * hands asynchronous ones to the {@link AsyncInvocations} path. Never throws: every failure (payload too large, not JSON, function not
 * found, throttled) is a failed {@code Uni}, and a permit, once taken, is released on every outcome.
 */
@ApplicationScoped
public class Invoker {

    public static final int MAX_SYNC_PAYLOAD = 6_291_456;
    public static final int MAX_ASYNC_PAYLOAD = 1_048_576;

    private final FunctionService functions;
    private final ExecutionEngine engine;
    private final ConcurrencyGate gate;
    private final AsyncInvocations events;
    private final ObjectMapper json = JsonLimits.mapper();

    public Invoker(FunctionService functions, ExecutionEngine engine, ConcurrencyGate gate, AsyncInvocations events) {
        this.functions = functions;
        this.engine = engine;
        this.gate = gate;
        this.events = events;
    }

    public Uni<InvocationResult> invoke(Invocation invocation, String operation) {
        return Uni.createFrom().deferred(() -> {
            requireSize(invocation, operation);
            requireJson(invocation.payload());
            ResolvedFunction target = resolve(invocation);
            return switch (invocation.type()) {
                case DRY_RUN -> Uni.createFrom().item(result(204, target));
                case EVENT -> {
                    requireConcurrency(target);
                    yield events.accept(target, invocation).replaceWith(result(202, target));
                }
                case REQUEST_RESPONSE -> gate.acquire(target.function())
                        .heldUntilDone(() -> engine.execute(target, invocation));
            };
        });
    }

    private ResolvedFunction resolve(Invocation invocation) {
        ResolvedFunction resolved = functions.resolve(invocation.scope(), invocation.function());
        return resolved.alias() == null ? resolved
                : functions.withVersion(resolved, AliasRouter.pickVersion(resolved.alias()));
    }

    private static InvocationResult result(int status, ResolvedFunction target) {
        return new InvocationResult(status, new byte[0], target.executedVersion(), null, null);
    }

    private static void requireSize(Invocation invocation, String operation) {
        int size = invocation.payload().length;
        if (invocation.type() == InvocationType.EVENT && size > MAX_ASYNC_PAYLOAD) {
            throw new RequestEntityTooLargeException(size + " byte payload is too large for the Event invocation "
                    + "type (limit " + MAX_ASYNC_PAYLOAD + " bytes)");
        }
        if (size > MAX_SYNC_PAYLOAD) {
            throw new RequestEntityTooLargeException("Request must be smaller than " + MAX_SYNC_PAYLOAD + " bytes for "
                    + "the " + operation + " operation");
        }
    }

    /** A function whose reserved concurrency is 0 takes no events at all. */
    private static void requireConcurrency(ResolvedFunction target) {
        Integer reserved = target.function().reservedConcurrency();
        if (reserved != null && reserved == 0) {
            throw new TooManyRequestsException("Rate Exceeded.", ConcurrencyGate.RESERVED_LIMIT);
        }
    }

    /** Lambda accepts only JSON payloads (an empty payload counts as none). */
    private void requireJson(byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try (JsonParser parser = json.getFactory().createParser(payload)) {
            if (parser.nextToken() == null) {
                return;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new InvalidRequestContentException("Could not parse request body into json: Could not parse "
                        + "payload into json: Unexpected content after the JSON value");
            }
        } catch (IOException e) {
            throw new InvalidRequestContentException("Could not parse request body into json: Could not parse payload "
                    + "into json: " + e.getMessage());
        }
    }
}
