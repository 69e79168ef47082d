package dev.fakecloud.lambda.invoke;

import dev.fakecloud.lambda.control.ResolvedFunction;
import io.smallrye.mutiny.Uni;

/** Runs function code: hands an invocation to an execution environment of the resolved version. */
public interface ExecutionEngine {

    /**
     * Runs one admitted invocation (the caller holds its concurrency permit) to its end, whatever its type.
     * Failures to run it at all (no Docker engine, say) are failed {@code Uni}s, never exceptions thrown here.
     *
     * @param target the function version chosen for this invocation (after alias routing)
     * @return the function's result, once it has finished
     */
    Uni<InvocationResult> execute(ResolvedFunction target, Invocation invocation);
}
