package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * Fired (synchronously, as a CDI event) once a function or one of its versions or aliases is deleted and its rows
 * are gone (see {@link FunctionCleanup}), for parts that keep no rows: running environments, caches.
 *
 * @param qualifier the deleted version or alias, or null when the whole function was deleted
 */
public record FunctionDeleted(Scope scope, String functionName, String qualifier) {
}
