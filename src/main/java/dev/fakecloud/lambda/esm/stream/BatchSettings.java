package dev.fakecloud.lambda.esm.stream;

import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import java.time.Instant;
import java.util.List;

/**
 * A stream mapping's delivery settings, read from its configuration once per revision: batch size and window,
 * filters, retries, record age, bisection, partial batch responses, the failure destination, where to start and
 * how many batches of a shard may be in flight at once.
 */
record BatchSettings(int batchSize, long windowMillis, List<EventPattern> filters, int maxRetries,
        long maxRecordAgeMillis, boolean bisect, boolean reportItemFailures, String onFailure,
        String startingPosition, Instant startingTimestamp, long tumblingWindowMillis, int parallelization) {

    /** The payload bound of a synchronous invoke, which a batch never exceeds. */
    static final int MAX_PAYLOAD = 6 * 1024 * 1024;

    static BatchSettings of(EventSourceMappingConfiguration c) {
        List<EventPattern> filters = c.filterCriteria() == null || c.filterCriteria().filters() == null ? List.of()
                : c.filterCriteria().filters().stream().map(f -> EventPattern.parse(f.pattern())).toList();
        String onFailure = c.destinationConfig() == null || c.destinationConfig().onFailure() == null ? null
                : c.destinationConfig().onFailure().destination();
        Instant timestamp = c.startingPositionTimestamp() == null ? null
                : Instant.ofEpochMilli(c.startingPositionTimestamp().movePointRight(3).longValue());
        return new BatchSettings(
                c.batchSize() == null ? 100 : c.batchSize(),
                c.maximumBatchingWindowInSeconds() == null ? 0 : c.maximumBatchingWindowInSeconds() * 1000L,
                filters,
                c.maximumRetryAttempts() == null ? -1 : c.maximumRetryAttempts(),
                c.maximumRecordAgeInSeconds() == null || c.maximumRecordAgeInSeconds() < 0 ? -1
                        : c.maximumRecordAgeInSeconds() * 1000L,
                Boolean.TRUE.equals(c.bisectBatchOnFunctionError()),
                c.functionResponseTypes() != null && c.functionResponseTypes().contains("ReportBatchItemFailures"),
                onFailure == null || onFailure.isEmpty() ? null : onFailure,
                c.startingPosition() == null ? "TRIM_HORIZON" : c.startingPosition(),
                timestamp,
                c.tumblingWindowInSeconds() == null ? 0 : c.tumblingWindowInSeconds() * 1000L,
                c.parallelizationFactor() == null ? 1 : Math.max(1, c.parallelizationFactor()));
    }

    boolean retriesExhausted(int attempts) {
        return maxRetries >= 0 && attempts > maxRetries;
    }

    boolean tooOld(Instant arrival) {
        return maxRecordAgeMillis >= 0 && arrival.toEpochMilli() < System.currentTimeMillis() - maxRecordAgeMillis;
    }
}
