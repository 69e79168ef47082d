package dev.fakecloud.dynamodb;

/** Who is calling: the account and region requests are served in. */
public record DynamoCall(String accountId, String region) {
}
