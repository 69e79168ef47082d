package dev.fakecloud.sns;

/** Who is calling, and where fakecloud is reached (for the SubscribeURL and UnsubscribeURL it hands out). */
public record SnsCall(String accountId, String region, String baseUrl) {
}
