package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.Scope;

/**
 * Identifies environments that can serve each other's invocations: the same function version with the same code
 * and configuration. A change of code or configuration gives $LATEST a new key, which retires its old environments.
 */
record PoolKey(Scope scope, String functionName, String version, String fingerprint) {
}
