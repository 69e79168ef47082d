package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.TargetService;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Functions as targets of other services (SNS subscriptions, EventBridge rules, S3 notifications, Lambda
 * destinations): the message body becomes the payload of an asynchronous invoke, recorded with its origin as the
 * invocation's source.
 */
@ApplicationScoped
public class LambdaTarget implements TargetService {

    private final Invoker invoker;
    private final FunctionStore functions;

    public LambdaTarget(Invoker invoker, FunctionStore functions) {
        this.invoker = invoker;
        this.functions = functions;
    }

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public boolean exists(String arn) {
        String[] parts = arn.split(":");
        return parts.length >= 7 && "function".equals(parts[5])
                && functions.find(new Scope(parts[4], parts[3]), parts[6]).isPresent();
    }

    @Override
    public Uni<Void> deliver(String arn, Outbound message) {
        return Uni.createFrom().deferred(() -> {
            String[] parts = arn.split(":");
            Scope scope = new Scope(parts[4], parts[3]);
            Invocation invocation = new Invocation(UUID.randomUUID().toString(), scope,
                    FunctionRef.parse(arn, null, scope), InvocationType.EVENT, false, null,
                    message.body().getBytes(StandardCharsets.UTF_8), message.origin());
            return invoker.invoke(invocation, "Invoke").replaceWithVoid();
        });
    }
}
