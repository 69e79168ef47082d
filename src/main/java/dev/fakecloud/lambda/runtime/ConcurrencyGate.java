package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lambda's concurrency rules for running invocations: a function with reserved concurrency runs at most that many
 * at once (0 throttles everything); the others share what the account limit leaves unreserved.
 */
@ApplicationScoped
public class ConcurrencyGate {

    /** One admitted invocation; release it exactly once when it ends. */
    public interface Permit {
        void release();
    }

    private final int accountLimit;
    private final FunctionStore functions;
    private final Map<String, Integer> inFlightByFunction = new ConcurrentHashMap<>();
    private final Map<Scope, Integer> unreservedInFlight = new ConcurrentHashMap<>();

    @Inject
    public ConcurrencyGate(FakecloudConfig config, FunctionStore functions) {
        this(config.lambda().concurrentExecutions(), functions);
    }

    ConcurrencyGate(int accountLimit, FunctionStore functions) {
        this.accountLimit = accountLimit;
        this.functions = functions;
    }

    public synchronized Permit acquire(LambdaFunction fn) {
        Integer reserved = fn.reservedConcurrency();
        String key = fn.arn();
        int running = inFlightByFunction.getOrDefault(key, 0);
        if (reserved != null) {
            if (running >= reserved) {
                throw new TooManyRequestsException("Rate Exceeded.", "ReservedFunctionConcurrentInvocationLimitExceeded");
            }
        } else {
            int unreserved = accountLimit - reservedTotal(fn.scope());
            if (unreservedInFlight.getOrDefault(fn.scope(), 0) >= unreserved) {
                throw new TooManyRequestsException("Rate Exceeded.", "ConcurrentInvocationLimitExceeded");
            }
            unreservedInFlight.merge(fn.scope(), 1, Integer::sum);
        }
        inFlightByFunction.merge(key, 1, Integer::sum);
        boolean shared = reserved == null;
        return new Permit() {
            private boolean released;

            @Override
            public void release() {
                synchronized (ConcurrencyGate.this) {
                    if (released) {
                        return;
                    }
                    released = true;
                    inFlightByFunction.merge(key, -1, Integer::sum);
                    if (shared) {
                        unreservedInFlight.merge(fn.scope(), -1, Integer::sum);
                    }
                }
            }
        };
    }

    private int reservedTotal(Scope scope) {
        int total = 0;
        for (LambdaFunction f : functions.list(scope)) {
            Integer r = f.reservedConcurrency();
            total += r == null ? 0 : r;
        }
        return total;
    }
}
