package dev.fakecloud.sns.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pauses before each retry of a failed delivery. HTTP/S endpoints follow the delivery policy's healthy retry
 * policy (immediate retries, retries at the minimum delay, a linear, arithmetic, geometric or exponential backoff
 * up to the maximum delay, retries at the maximum delay); queues and functions are retried as AWS retries
 * AWS-managed endpoints, shortened: three immediate retries, then a backoff of 1, 2, 4, 8 and 16 seconds.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule MANAGED = new RetrySchedule(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(16)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The schedule of a {@code healthyRetryPolicy} object (missing fields take AWS's defaults). */
    public static RetrySchedule http(JsonNode policy) {
        int retries = Math.max(0, Math.min(100, policy.path("numRetries").asInt(3)));
        int noDelay = Math.max(0, policy.path("numNoDelayRetries").asInt(0));
        int minDelayRetries = Math.max(0, policy.path("numMinDelayRetries").asInt(0));
        int maxDelayRetries = Math.max(0, policy.path("numMaxDelayRetries").asInt(0));
        int min = Math.max(0, policy.path("minDelayTarget").asInt(20));
        int max = Math.max(min, policy.path("maxDelayTarget").asInt(20));
        String backoff = policy.path("backoffFunction").asText("linear");
        int backoffRetries = Math.max(0, retries - noDelay - minDelayRetries - maxDelayRetries);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < retries; i++) {
            int seconds;
            if (i < noDelay) {
                seconds = 0;
            } else if (i < noDelay + minDelayRetries) {
                seconds = min;
            } else if (i < noDelay + minDelayRetries + backoffRetries) {
                int k = i - noDelay - minDelayRetries + 1;
                seconds = backoff(backoff, min, max, k, backoffRetries);
            } else {
                seconds = max;
            }
            delays.add(Duration.ofSeconds(seconds));
        }
        return new RetrySchedule(delays);
    }

    private static int backoff(String function, int min, int max, int k, int n) {
        double fraction = (double) k / Math.max(1, n);
        double value = switch (function) {
            case "geometric" -> min + (max - min) * fraction * fraction;
            case "exponential" -> min * Math.pow(Math.max(1.0, (double) max / Math.max(1, min)), fraction);
            case "arithmetic" -> min + (max - min) * fraction * (k + 1) / (n + 1.0);
            default -> min + (max - min) * fraction;
        };
        return (int) Math.round(Math.min(max, Math.max(min, value)));
    }
}
