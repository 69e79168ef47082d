package dev.fakecloud.events;

/**
 * One archive as it is stored: which bus it records ({@code eventSourceArn}), which events ({@code eventPattern},
 * all when null), for how long, and how many events and bytes it holds.
 */
public record Archive(String name, String arn, String accountId, String region, String eventSourceArn,
        String description, String eventPattern, String state, Integer retentionDays, String kmsKeyIdentifier,
        long eventCount, long sizeBytes, long createdMillis) {

    Archive recorded(long bytes) {
        return new Archive(name, arn, accountId, region, eventSourceArn, description, eventPattern, state,
                retentionDays, kmsKeyIdentifier, eventCount + 1, sizeBytes + bytes, createdMillis);
    }

    Archive updated(String nextDescription, String nextPattern, Integer nextRetention, String nextKms) {
        return new Archive(name, arn, accountId, region, eventSourceArn, nextDescription, nextPattern, state,
                nextRetention, nextKms, eventCount, sizeBytes, createdMillis);
    }
}
