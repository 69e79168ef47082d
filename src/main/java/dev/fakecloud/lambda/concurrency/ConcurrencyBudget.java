package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.FunctionDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account's concurrency pool ({@code fakecloud.lambda.concurrent-executions}) and what functions take out of
 * it: a function with reserved concurrency takes its reservation; one without takes its provisioned concurrency.
 * AWS keeps at least {@value #MIN_UNRESERVED} unreserved. Changes that are checked against the pool synchronize on
 * this bean so that two of them can't both pass.
 */
@ApplicationScoped
public class ConcurrencyBudget {

    public static final int MIN_UNRESERVED = 100;

    private final FunctionStore functions;
    private final ProvisionedConcurrencyStore provisioned;
    private final int limit;
    private final Map<Scope, Integer> reservedTotals = new ConcurrentHashMap<>();

    public ConcurrencyBudget(FunctionStore functions, ProvisionedConcurrencyStore provisioned,
            FakecloudConfig config) {
        this.functions = functions;
        this.provisioned = provisioned;
        this.limit = config.lambda().concurrentExecutions();
    }

    public int accountLimit() {
        return limit;
    }

    /** The sum of all reservations in a scope; cached (the invoke path asks on every call) until one changes. */
    public int reservedTotal(Scope scope) {
        return reservedTotals.computeIfAbsent(scope, s -> {
            int total = 0;
            for (LambdaFunction fn : functions.list(s)) {
                Integer reserved = fn.reservedConcurrency();
                total += reserved == null ? 0 : reserved;
            }
            return total;
        });
    }

    /** To be called after a function's reservation was set or removed. */
    public void reservationChanged(Scope scope) {
        reservedTotals.remove(scope);
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        reservedTotals.remove(event.scope());
    }

    /** The unreserved concurrency of a scope when {@code functionName} is left out of the count. */
    public int unreservedWithout(Scope scope, String functionName) {
        int claimed = 0;
        for (LambdaFunction fn : functions.list(scope)) {
            if (!fn.name().equals(functionName)) {
                claimed += claim(fn);
            }
        }
        return limit - claimed;
    }

    private int claim(LambdaFunction fn) {
        Integer reserved = fn.reservedConcurrency();
        return reserved != null ? reserved : provisioned.requestedTotal(fn.scope(), fn.name());
    }
}
