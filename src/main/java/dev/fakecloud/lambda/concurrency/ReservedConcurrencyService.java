package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionShapes.Concurrency;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reserved concurrency: how many of the account's concurrent executions a function keeps for itself (and may not
 * exceed). Kept on {@link LambdaFunction}, where GetFunction shows it too.
 */
@ApplicationScoped
public class ReservedConcurrencyService {

    static final String FUNCTIONS_ONLY = "This operation is permitted on Lambda functions only. Aliases and versions "
            + "do not support this operation. Please specify either a function name or an unqualified function ARN.";

    private final FunctionStore store;
    private final FunctionService functions;
    private final ProvisionedConcurrencyStore provisioned;
    private final ConcurrencyBudget budget;

    public ReservedConcurrencyService(FunctionStore store, FunctionService functions,
            ProvisionedConcurrencyStore provisioned, ConcurrencyBudget budget) {
        this.store = store;
        this.functions = functions;
        this.provisioned = provisioned;
        this.budget = budget;
    }

    public Concurrency put(Scope scope, FunctionRef ref, Integer reserved) {
        Validation.start()
                .required(reserved, "reservedConcurrentExecutions")
                .min(reserved, "reservedConcurrentExecutions", 0)
                .throwIfInvalid();
        requireUnqualified(ref);
        LambdaFunction fn = store.find(scope, ref.name()).orElseThrow(() -> new ResourceNotFoundException(
                "Function not found: " + LambdaArns.function(scope, ref.name(), FunctionRef.LATEST)));
        synchronized (budget) {
            int provisionedTotal = provisioned.requestedTotal(scope, fn.name());
            if (reserved < provisionedTotal) {
                throw InvalidParameterValueException.untyped(" ReservedConcurrentExecutions  " + reserved
                        + " should not be lower than function's total provisioned concurrency [" + provisionedTotal
                        + "].");
            }
            if (budget.unreservedWithout(scope, fn.name()) - reserved < ConcurrencyBudget.MIN_UNRESERVED) {
                throw InvalidParameterValueException.untyped("Specified ReservedConcurrentExecutions for function "
                        + "decreases account's UnreservedConcurrentExecution below its minimum value of ["
                        + ConcurrencyBudget.MIN_UNRESERVED + "].");
            }
            functions.setReservedConcurrency(scope, fn.name(), reserved);
            budget.reservationChanged(scope);
        }
        return new Concurrency(reserved);
    }

    /** The reservation, or an empty answer when the function has none. */
    public Concurrency get(Scope scope, FunctionRef ref) {
        requireUnqualified(ref);
        return new Concurrency(functions.function(scope, ref.name()).reservedConcurrency());
    }

    public void delete(Scope scope, FunctionRef ref) {
        requireUnqualified(ref);
        functions.function(scope, ref.name());
        synchronized (budget) {
            functions.setReservedConcurrency(scope, ref.name(), null);
            budget.reservationChanged(scope);
        }
    }

    /** The sum of all reservations in a scope (the account's reserved part of its concurrency). */
    public int reservedTotal(Scope scope) {
        return budget.reservedTotal(scope);
    }

    private static void requireUnqualified(FunctionRef ref) {
        if (ref.qualified()) {
            throw new InvalidParameterValueException(FUNCTIONS_ONLY);
        }
    }
}
