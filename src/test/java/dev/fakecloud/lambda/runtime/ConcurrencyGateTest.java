package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.TooManyRequestsException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lambda's concurrency arithmetic: reserved functions get their own share, the rest share what is left. */
class ConcurrencyGateTest {

    final Scope scope = new Scope("000000000000", "us-east-1");
    final List<LambdaFunction> functions = new ArrayList<>();

    LambdaFunction function(String name, Integer reserved) {
        LambdaFunction fn = new LambdaFunction(scope, name, null, null, 0, null, null, reserved, null);
        functions.add(fn);
        return fn;
    }

    @Test
    void unreservedFunctionsShareWhatTheAccountLimitLeaves() {
        ConcurrencyGate gate = new ConcurrencyGate(5, s -> functions.stream()
                .mapToInt(f -> f.reservedConcurrency() == null ? 0 : f.reservedConcurrency()).sum());
        LambdaFunction reserved = function("reserved", 3);
        LambdaFunction a = function("a", null);
        LambdaFunction b = function("b", null);
        ConcurrencyGate.Permit first = gate.acquire(a);
        gate.acquire(b);
        assertThatThrownBy(() -> gate.acquire(a)).isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).reason())
                        .isEqualTo("ConcurrentInvocationLimitExceeded"));
        for (int i = 0; i < 3; i++) {
            gate.acquire(reserved);
        }
        assertThatThrownBy(() -> gate.acquire(reserved)).isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).reason())
                        .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"));
        first.release();
        first.release();
        gate.acquire(a);
        assertThatThrownBy(() -> gate.acquire(b)).isInstanceOf(TooManyRequestsException.class);
    }
}
