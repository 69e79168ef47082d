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
 * payload rules and throttles, answers dry runs, and hands everything else to the {@link ExecutionEngine}.
 */
@ApplicationScoped
public class Invoker {

    public static final int MAX_SYNC_PAYLOAD = 6_291_456;
    public static final int MAX_ASYNC_PAYLOAD = 1_048_576;

    private final FunctionService functions;
    private final ExecutionEngine engine;
    private final ObjectMapper json = JsonLimits.mapper();

    public Invoker(FunctionService functions, ExecutionEngine engine) {
        this.functions = functions;
        this.engine = engine;
    }

    public Uni<InvocationResult> invoke(Invocation invocation, String operation) {
        int limit = invocation.type() == InvocationType.EVENT ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD;
        if (invocation.payload().length > limit) {
            throw new RequestEntityTooLargeException("Request must be smaller than " + limit + " bytes for the "
                    + operation + " operation");
        }
        requireJson(invocation.payload());
        ResolvedFunction resolved = functions.resolve(invocation.scope(), invocation.function());
        if (resolved.alias() != null) {
            resolved = functions.withVersion(resolved, AliasRouter.pickVersion(resolved.alias()));
        }
        if (invocation.type() == InvocationType.DRY_RUN) {
            return Uni.createFrom().item(new InvocationResult(204, new byte[0], resolved.executedVersion(), null, null));
        }
        Integer reserved = resolved.function().reservedConcurrency();
        if (reserved != null && reserved == 0) {
            throw new TooManyRequestsException("Rate Exceeded.", "ReservedFunctionConcurrentInvocationLimitExceeded");
        }
        return engine.execute(resolved, invocation);
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
