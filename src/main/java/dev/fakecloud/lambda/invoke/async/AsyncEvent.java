package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.invoke.InvocationType;
import java.time.Instant;

/**
 * One asynchronous invocation as Lambda's event queue keeps it between attempts: the same request id for every
 * attempt, the qualifier it was invoked with (its event invoke config and destination records name it), when it was
 * received (its age), how many attempts ran and what the last one answered.
 *
 * @param qualifier as invoked: null (unqualified, i.e. $LATEST), a version or an alias
 * @param attempts attempts that ran so far
 * @param lastResult what the last attempt answered, or null when none ran
 * @param setbacks times it could not run at all (throttled, no environment could start), for its backoff
 */
public record AsyncEvent(String requestId, Scope scope, String functionName, String qualifier, byte[] payload,
        String source, Instant received, int attempts, InvocationResult lastResult, int setbacks) {

    static AsyncEvent received(Invocation invocation, String functionName) {
        return new AsyncEvent(invocation.requestId(), invocation.scope(), functionName,
                invocation.function().qualifier(), invocation.payload(), invocation.source(), Instant.now(), 0, null,
                0);
    }

    FunctionRef ref() {
        return new FunctionRef(functionName, qualifier);
    }

    /** The qualifier its event invoke config is looked up by: {@code $LATEST} when invoked unqualified. */
    String configQualifier() {
        return qualifier == null ? FunctionRef.LATEST : qualifier;
    }

    /** The function ARN destination records name: always qualified, {@code $LATEST} when invoked unqualified. */
    String qualifiedArn() {
        return LambdaArns.function(scope, functionName, configQualifier());
    }

    String functionArn() {
        return LambdaArns.function(scope, functionName, null);
    }

    /** The next attempt of it, as the execution engine runs it. */
    Invocation nextInvocation() {
        return new Invocation(requestId, scope, ref(), InvocationType.EVENT, false, null, payload, source,
                attempts + 1);
    }

    AsyncEvent attempted(InvocationResult result) {
        return new AsyncEvent(requestId, scope, functionName, qualifier, payload, source, received, attempts + 1,
                result, setbacks);
    }

    AsyncEvent setBack() {
        return new AsyncEvent(requestId, scope, functionName, qualifier, payload, source, received, attempts,
                lastResult, setbacks + 1);
    }

    long ageMillis(Instant now) {
        return now.toEpochMilli() - received.toEpochMilli();
    }
}
