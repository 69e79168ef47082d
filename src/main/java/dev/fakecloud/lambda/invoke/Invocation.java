package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;

/**
 * One request to run a function, whatever triggered it (the Invoke API, an event source, a trigger).
 *
 * @param requestId the id the function sees and the caller gets back (the same for every attempt of an event)
 * @param source who invoked: {@code api} or an event source such as {@code aws:sqs}
 * @param attempt which attempt this is (1 for the first; asynchronous invocations are retried)
 */
public record Invocation(String requestId, Scope scope, FunctionRef function, InvocationType type, boolean tailLogs,
        String clientContext, byte[] payload, String source, int attempt) {

    public Invocation(String requestId, Scope scope, FunctionRef function, InvocationType type, boolean tailLogs,
            String clientContext, byte[] payload, String source) {
        this(requestId, scope, function, type, tailLogs, clientContext, payload, source, 1);
    }
}
