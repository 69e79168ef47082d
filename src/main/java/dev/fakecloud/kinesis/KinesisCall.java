package dev.fakecloud.kinesis;

/** Who is calling: the account and region streams are looked up in. */
public record KinesisCall(String accountId, String region) {
}
