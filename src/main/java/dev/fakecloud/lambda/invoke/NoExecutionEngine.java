package dev.fakecloud.lambda.invoke;

import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.error.ServiceException;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The engine in effect when no container-based engine is installed: every invocation that would run code fails
 * with an AWS-shaped {@code ServiceException} that says so, while validation, routing and dry runs still work.
 */
@DefaultBean
@ApplicationScoped
public class NoExecutionEngine implements ExecutionEngine {

    @Override
    public Uni<InvocationResult> execute(ResolvedFunction target, Invocation invocation) {
        return Uni.createFrom().failure(new ServiceException("fakecloud cannot run " + target.function().name()
                + ": no execution engine is available in this build."));
    }
}
