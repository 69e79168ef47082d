package dev.fakecloud.lambda.invoke;

import dev.fakecloud.lambda.control.ResolvedFunction;
import io.smallrye.mutiny.Uni;

/** Runs function code: hands an invocation to an execution environment of the resolved version. */
public interface ExecutionEngine {

    /**
     * @param target the function version chosen for this invocation (after alias routing)
     * @return the function's result; for {@link InvocationType#EVENT} completes once the event is accepted
     */
    Uni<InvocationResult> execute(ResolvedFunction target, Invocation invocation);
}
