package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.concurrency.ConcurrencyBudget;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

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
    private final ToIntFunction<Scope> reservedTotal;
    private final Map<String, Integer> inFlightByFunction = new ConcurrentHashMap<>();
    private final Map<Scope, Integer> unreservedInFlight = new ConcurrentHashMap<>();

    @Inject
    public ConcurrencyGate(ConcurrencyBudget budget) {
        this(budget.accountLimit(), budget::reservedTotal);
    }

    ConcurrencyGate(int accountLimit, ToIntFunction<Scope> reservedTotal) {
        this.accountLimit = accountLimit;
        this.reservedTotal = reservedTotal;
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
            int unreserved = accountLimit - reservedTotal.applyAsInt(fn.scope());
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

}
