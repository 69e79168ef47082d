package dev.fakecloud.core.telemetry;

/** One line of a log as CloudWatch Logs keeps it: when it was written (epoch milliseconds) and its text. */
public record LogEntry(long timestamp, String message) {
}
