package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.lambda.invoke.Invocation;
import dev.fakecloud.lambda.invoke.InvocationResult;
import io.smallrye.mutiny.Uni;

/** How a delivery invokes its function ({@code Invoker::invoke}); it may fail by throwing or with a failed Uni. */
@FunctionalInterface
interface FunctionCaller {
    Uni<InvocationResult> call(Invocation invocation);
}
