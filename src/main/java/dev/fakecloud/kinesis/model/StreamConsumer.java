package dev.fakecloud.kinesis.model;

/** A registered enhanced fan-out consumer of a stream. */
public record StreamConsumer(String name, String arn, String status, long createdMillis) {
}
