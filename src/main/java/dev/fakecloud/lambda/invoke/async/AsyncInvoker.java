package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.invoke.AsyncInvocations;
import dev.fakecloud.lambda.invoke.Invocation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

/** Event invocations that passed the invoke path's checks enter Lambda's event queue here. */
@Singleton
public class AsyncInvoker implements AsyncInvocations {

    private final EventQueues queues;

    public AsyncInvoker(EventQueues queues) {
        this.queues = queues;
    }

    @Override
    public Uni<Void> accept(ResolvedFunction target, Invocation invocation) {
        return queues.enqueue(target, AsyncEvent.received(invocation, target.function().name()));
    }
}
