package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * Fired (synchronously, as a CDI event) when a function or one of its versions is deleted, so that state kept
 * elsewhere for it (policies, configs, URLs, environments) goes with it.
 *
 * @param qualifier the deleted version, or null when the whole function was deleted
 */
public record FunctionDeleted(Scope scope, String functionName, String qualifier) {
}
