package dev.fakecloud.sqs;

/** Who is calling and how queue URLs are spelled for them. */
public record SqsCall(String accountId, String region, String baseUrl, String pathQueueUrl) {
}
