package dev.fakecloud.events;

/** One API destination as it is stored. */
public record ApiDestinationRecord(String name, String arn, String accountId, String region, String description,
        String connectionArn, String invocationEndpoint, String httpMethod, int invocationRateLimitPerSecond,
        long createdMillis, long modifiedMillis) {
}
