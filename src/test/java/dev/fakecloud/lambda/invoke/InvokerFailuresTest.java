package dev.fakecloud.lambda.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.error.InvalidRequestContentException;
import dev.fakecloud.lambda.error.RequestEntityTooLargeException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Every way an invoke can be refused comes back as a failed {@code Uni}, never as an exception thrown at the caller. */
@QuarkusTest
class InvokerFailuresTest {

    @Inject
    Invoker invoker;

    final Scope scope = new Scope("000000000000", "us-east-1");
    final LambdaClient lambda = Clients.lambda();

    Invocation invocation(String function, InvocationType type, byte[] payload) {
        return new Invocation(UUID.randomUUID().toString(), scope, new FunctionRef(function, null), type, false, null,
                payload, "api");
    }

    /** Calls the invoker (which must not throw) and returns what its {@code Uni} failed with. */
    Throwable failure(Invocation invocation) {
        Uni<InvocationResult> result = invoker.invoke(invocation, "Invoke");
        return result.subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure().getFailure();
    }

    @Test
    void refusalsAreFailedUnisWithLambdasErrors() {
        String name = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/r").handler("handler.handler")
                .code(c -> c.zipFile(Zips.pythonHandler())));

        assertThat(failure(invocation(name, InvocationType.REQUEST_RESPONSE, new byte[Invoker.MAX_SYNC_PAYLOAD + 1])))
                .isInstanceOf(RequestEntityTooLargeException.class);
        assertThat(failure(invocation(name, InvocationType.EVENT, new byte[Invoker.MAX_ASYNC_PAYLOAD + 1])))
                .isInstanceOf(RequestEntityTooLargeException.class);
        assertThat(failure(invocation(name, InvocationType.REQUEST_RESPONSE,
                "{not json".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(InvalidRequestContentException.class);
        assertThat(failure(invocation("no-such-" + name, InvocationType.REQUEST_RESPONSE, new byte[0])))
                .isInstanceOf(ResourceNotFoundException.class);

        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(0));
        for (InvocationType type : new InvocationType[] {InvocationType.REQUEST_RESPONSE, InvocationType.EVENT}) {
            assertThat(failure(invocation(name, type, new byte[0])))
                    .isInstanceOf(TooManyRequestsException.class)
                    .satisfies(e -> assertThat(((TooManyRequestsException) e).reason())
                            .isEqualTo(ConcurrencyGate.RESERVED_LIMIT));
        }
    }
}
