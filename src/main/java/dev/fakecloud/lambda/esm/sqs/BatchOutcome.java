package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.lambda.error.TooManyRequestsException;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.util.Set;

/**
 * How the invocation of one batch ended, as a value: every outcome, a failure to invoke included, comes back as one
 * of these on the delivery's context, which settles the batch accordingly.
 */
sealed interface BatchOutcome {

    /** What the mapping reports as its LastProcessingResult for this outcome. */
    String result();

    /** The function ran and succeeded; the messages of {@code failedIds} (ReportBatchItemFailures) stay. */
    record Processed(Set<String> failedIds) implements BatchOutcome {
        @Override
        public String result() {
            return "OK";
        }
    }

    /** The function ran and failed (an error, a timeout, a crash): the batch returns after the visibility timeout. */
    record FunctionFailed() implements BatchOutcome {
        @Override
        public String result() {
            return "PROBLEM: Function call failed";
        }
    }

    /** The function's partial batch response could not be read: the whole batch counts as failed. */
    record InvalidBatchResponse() implements BatchOutcome {
        @Override
        public String result() {
            return "PROBLEM: Function returned an invalid partial batch response";
        }
    }

    /** The function was not invoked (throttled, deleted, unreachable): the batch goes back to the queue. */
    record NotInvoked(String result, boolean throttled) implements BatchOutcome {
    }

    /** Classifies what the function returned. */
    static BatchOutcome of(InvocationResult result, Set<String> batchIds, boolean partialFailures) {
        if (result.functionError() != null) {
            return new FunctionFailed();
        }
        if (!partialFailures) {
            return new Processed(Set.of());
        }
        return BatchResponse.failedIds(result.payload(), batchIds).<BatchOutcome>map(Processed::new)
                .orElseGet(InvalidBatchResponse::new);
    }

    /** Classifies why the function could not be invoked. */
    static BatchOutcome of(Throwable failure) {
        if (failure instanceof TooManyRequestsException throttle) {
            return new NotInvoked("PROBLEM: Function call throttled: " + throttle.getMessage()
                    + (throttle.reason() == null ? "" : " (" + throttle.reason() + ")"), true);
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new NotInvoked("PROBLEM: Function call failed: " + message, false);
    }
}
