package dev.fakecloud.lambda.invoke;

import dev.fakecloud.lambda.control.ResolvedFunction;
import io.smallrye.mutiny.Uni;

/**
 * Where {@code Event} invocations go once the invoke path has checked them: the asynchronous invocation path with
 * its queue, retries, destinations and dead-letter queue (package {@code invoke.async}, which builds on this one).
 */
public interface AsyncInvocations {

    /** Takes the event (it runs later) or fails, as a value, when it cannot be taken now. */
    Uni<Void> accept(ResolvedFunction target, Invocation invocation);
}
