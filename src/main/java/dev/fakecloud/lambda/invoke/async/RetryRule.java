package dev.fakecloud.lambda.invoke.async;

import dev.fakecloud.lambda.invoke.async.DestinationRecord.Condition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Lambda's retry rules for asynchronous invocations, as a pure function of the event, its settings and the time:
 * a function error is retried up to {@code MaximumRetryAttempts} times after the configured delays (AWS: one
 * minute, then two); an event that could not run at all (throttled, no environment could start) is retried with an
 * exponential backoff; either way an event whose next try would come after its {@code MaximumEventAgeInSeconds} is
 * given up with {@code EventAgeExceeded}.
 */
final class RetryRule {

    static final Duration FIRST_SETBACK_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_SETBACK_DELAY = Duration.ofMinutes(5);

    /** What to do with an event next. */
    sealed interface Next {
        /** It is done: with this condition, sent to the destinations it calls for. */
        record Done(Condition condition) implements Next {
        }

        /** It runs again after this delay. */
        record RetryAfter(Duration delay) implements Next {
        }
    }

    private RetryRule() {
    }

    /** After an attempt that ran ({@code event.lastResult()} is its answer). */
    static Next afterAttempt(AsyncEvent event, AsyncSettings settings, List<Duration> delays, Instant now) {
        if (event.lastResult().functionError() == null) {
            return new Next.Done(Condition.SUCCESS);
        }
        int retriesDone = event.attempts() - 1;
        if (retriesDone >= settings.maximumRetryAttempts()) {
            return new Next.Done(Condition.RETRIES_EXHAUSTED);
        }
        Duration delay = delays.isEmpty() ? Duration.ZERO : delays.get(Math.min(retriesDone, delays.size() - 1));
        return withinAge(event, settings, delay, now);
    }

    /** After a try that could not run the function ({@code event.setbacks()} counts them). */
    static Next afterSetback(AsyncEvent event, AsyncSettings settings, Instant now) {
        int doublings = Math.min(20, Math.max(0, event.setbacks() - 1));
        Duration delay = FIRST_SETBACK_DELAY.multipliedBy(1L << doublings);
        if (delay.compareTo(MAX_SETBACK_DELAY) > 0) {
            delay = MAX_SETBACK_DELAY;
        }
        return withinAge(event, settings, delay, now);
    }

    /** Whether an event that waited so far has grown past its maximum age. */
    static boolean tooOld(AsyncEvent event, AsyncSettings settings, Instant now) {
        return event.ageMillis(now) > settings.maximumEventAgeMillis();
    }

    private static Next withinAge(AsyncEvent event, AsyncSettings settings, Duration delay, Instant now) {
        if (event.ageMillis(now) + delay.toMillis() > settings.maximumEventAgeMillis()) {
            return new Next.Done(Condition.EVENT_AGE_EXCEEDED);
        }
        return new Next.RetryAfter(delay);
    }
}
