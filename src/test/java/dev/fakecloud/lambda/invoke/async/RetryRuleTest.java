package dev.fakecloud.lambda.invoke.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.invoke.InvocationResult;
import dev.fakecloud.lambda.invoke.async.DestinationRecord.Condition;
import dev.fakecloud.lambda.invoke.async.RetryRule.Next;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lambda's retry rules for asynchronous invocations, checked at chosen instants. */
class RetryRuleTest {

    static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");
    static final List<Duration> AWS_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2));
    static final InvocationResult FAILED = new InvocationResult(200, "{}".getBytes(), "$LATEST", "Unhandled", null);
    static final InvocationResult OK = new InvocationResult(200, "{}".getBytes(), "$LATEST", null, null);

    static AsyncEvent event(int attempts, InvocationResult last, int setbacks) {
        return new AsyncEvent("id", new Scope("000000000000", "us-east-1"), "fn", null, new byte[0], "api", RECEIVED,
                attempts, last, setbacks);
    }

    static AsyncSettings settings(int retries, int maxAgeSeconds) {
        return new AsyncSettings(retries, maxAgeSeconds * 1000L, null, null, null);
    }

    @Test
    void aSuccessIsDone() {
        assertThat(RetryRule.afterAttempt(event(1, OK, 0), settings(2, 21600), AWS_DELAYS, RECEIVED))
                .isEqualTo(new Next.Done(Condition.SUCCESS));
    }

    @Test
    void aFunctionErrorIsRetriedAfterOneMinuteThenTwoThenGivenUp() {
        AsyncSettings defaults = settings(2, 21600);
        assertThat(RetryRule.afterAttempt(event(1, FAILED, 0), defaults, AWS_DELAYS, RECEIVED))
                .isEqualTo(new Next.RetryAfter(Duration.ofMinutes(1)));
        assertThat(RetryRule.afterAttempt(event(2, FAILED, 0), defaults, AWS_DELAYS, RECEIVED.plusSeconds(61)))
                .isEqualTo(new Next.RetryAfter(Duration.ofMinutes(2)));
        assertThat(RetryRule.afterAttempt(event(3, FAILED, 0), defaults, AWS_DELAYS, RECEIVED.plusSeconds(182)))
                .isEqualTo(new Next.Done(Condition.RETRIES_EXHAUSTED));
    }

    @Test
    void zeroRetriesGiveUpAfterTheFirstAttempt() {
        assertThat(RetryRule.afterAttempt(event(1, FAILED, 0), settings(0, 21600), AWS_DELAYS, RECEIVED))
                .isEqualTo(new Next.Done(Condition.RETRIES_EXHAUSTED));
    }

    @Test
    void aRetryThatWouldComeAfterTheMaximumAgeIsNotMade() {
        assertThat(RetryRule.afterAttempt(event(1, FAILED, 0), settings(2, 60), AWS_DELAYS, RECEIVED.plusSeconds(5)))
                .isEqualTo(new Next.Done(Condition.EVENT_AGE_EXCEEDED));
        assertThat(RetryRule.afterAttempt(event(1, FAILED, 0), settings(2, 120), AWS_DELAYS, RECEIVED.plusSeconds(5)))
                .isEqualTo(new Next.RetryAfter(Duration.ofMinutes(1)));
    }

    @Test
    void anEventThatCouldNotRunBacksOffExponentiallyUntilItsMaximumAge() {
        AsyncSettings settings = settings(2, 60);
        assertThat(RetryRule.afterSetback(event(0, null, 1), settings, RECEIVED))
                .isEqualTo(new Next.RetryAfter(Duration.ofSeconds(1)));
        assertThat(RetryRule.afterSetback(event(0, null, 4), settings, RECEIVED))
                .isEqualTo(new Next.RetryAfter(Duration.ofSeconds(8)));
        assertThat(RetryRule.afterSetback(event(0, null, 30), settings(2, 21600), RECEIVED))
                .isEqualTo(new Next.RetryAfter(RetryRule.MAX_SETBACK_DELAY));
        assertThat(RetryRule.afterSetback(event(0, null, 6), settings, RECEIVED.plusSeconds(40)))
                .isEqualTo(new Next.Done(Condition.EVENT_AGE_EXCEEDED));
    }

    @Test
    void theDestinationRecordHasAwsShape() {
        AsyncEvent done = new AsyncEvent("req-1", new Scope("000000000000", "us-east-1"), "fn", "live",
                "{\"a\":1}".getBytes(), "api", RECEIVED, 3,
                new InvocationResult(200, "{\"errorMessage\":\"boom\",\"errorType\":\"Exception\"}".getBytes(), "2",
                        "Unhandled", null), 0);
        String record = DestinationRecord.of(done, Condition.RETRIES_EXHAUSTED, RECEIVED.plusMillis(1234));
        assertThat(record).isEqualTo("{\"version\":\"1.0\",\"timestamp\":\"2026-01-01T00:00:01.234Z\","
                + "\"requestContext\":{\"requestId\":\"req-1\",\"functionArn\":"
                + "\"arn:aws:lambda:us-east-1:000000000000:function:fn:live\",\"condition\":\"RetriesExhausted\","
                + "\"approximateInvokeCount\":3},\"requestPayload\":{\"a\":1},\"responseContext\":{\"statusCode\":200,"
                + "\"executedVersion\":\"2\",\"functionError\":\"Unhandled\"},\"responsePayload\":{\"errorMessage\":"
                + "\"boom\",\"errorType\":\"Exception\"}}");
        assertThat(DestinationRecord.errorMessage(done.lastResult())).isEqualTo("boom");
    }
}
