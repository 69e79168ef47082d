package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import java.util.function.Consumer;

/**
 * Fired when a provisioned concurrency configuration is put: the execution engine prepares {@code requested}
 * environments of that version or alias and reports back. Until something reports, the configuration stays
 * IN_PROGRESS.
 *
 * @param ready to call once every environment is initialised
 * @param failed to call with a reason when they cannot be prepared
 */
public record ProvisionedConcurrencyRequested(Scope scope, String functionName, String qualifier, int requested,
        Runnable ready, Consumer<String> failed) {
}
