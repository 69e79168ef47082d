package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.lambda.asyncconfig.EventInvokeConfig;
import dev.fakecloud.lambda.model.EventInvokeShapes.DestinationConfig;
import dev.fakecloud.lambda.model.FunctionConfiguration;

/**
 * What applies to one asynchronous event: its qualifier's event invoke config (AWS's defaults where it sets
 * nothing: 2 retries, 6 hours) and the dead-letter queue of the version that runs.
 *
 * @param onSuccess destination ARN of successful invocations, or null
 * @param onFailure destination ARN of events that failed every attempt or grew too old, or null
 * @param deadLetterArn the function's {@code DeadLetterConfig} target, or null
 */
record AsyncSettings(int maximumRetryAttempts, long maximumEventAgeMillis, String onSuccess, String onFailure,
        String deadLetterArn) {

    static final int DEFAULT_RETRIES = 2;
    static final int DEFAULT_MAX_AGE_SECONDS = 21_600;

    static AsyncSettings of(EventInvokeConfig config, FunctionConfiguration version) {
        Integer retries = config == null ? null : config.maximumRetryAttempts();
        Integer age = config == null ? null : config.maximumEventAgeInSeconds();
        DestinationConfig d = config == null ? null : config.destinationConfig();
        String dlq = version == null || version.deadLetterConfig() == null ? null
                : version.deadLetterConfig().targetArn();
        return new AsyncSettings(retries == null ? DEFAULT_RETRIES : retries,
                1000L * (age == null ? DEFAULT_MAX_AGE_SECONDS : age),
                d == null || d.onSuccess() == null ? null : d.onSuccess().destination(),
                d == null || d.onFailure() == null ? null : d.onFailure().destination(),
                dlq == null || dlq.isEmpty() ? null : dlq);
    }
}
