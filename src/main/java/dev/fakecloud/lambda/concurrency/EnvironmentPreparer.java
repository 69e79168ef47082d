package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import io.smallrye.mutiny.Uni;

/**
 * Prepares the execution environments provisioned concurrency asks for: implemented by the execution engine, which
 * builds on this package rather than the other way round.
 */
public interface EnvironmentPreparer {

    /**
     * Starts and initialises {@code count} environments of the version or alias (as many as the engine prestarts;
     * the rest start on demand). Completes when they are ready; fails, as a value, with the reason they are not.
     */
    Uni<Void> prepare(Scope scope, String functionName, String qualifier, int count);
}
