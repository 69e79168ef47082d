package dev.fakecloud.lambda.asyncconfig;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.EventInvokeShapes.DestinationConfig;
import java.time.Instant;

/**
 * How asynchronous invocations of one function version or alias are retried and where their results go.
 * Immutable; absent members are {@code null} (AWS's defaults apply: 2 retries, 6 hours).
 *
 * @param qualifier {@code $LATEST}, a version number or an alias name
 */
public record EventInvokeConfig(Scope scope, String functionName, String qualifier, Integer maximumRetryAttempts,
        Integer maximumEventAgeInSeconds, DestinationConfig destinationConfig, Instant lastModified) {
}
