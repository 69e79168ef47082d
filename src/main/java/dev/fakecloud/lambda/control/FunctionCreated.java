package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * Fired (asynchronously) after a function is created, so that its runtime image can be made ready before the
 * first invoke.
 *
 * @param runtime the runtime, or null for a container image function
 * @param imageUri the container image of a {@code PackageType=Image} function, else null
 */
public record FunctionCreated(Scope scope, String functionName, String runtime, String imageUri) {
}
