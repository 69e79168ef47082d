package dev.fakecloud.lambda.invoke;

/**
 * What an invocation produced.
 *
 * @param functionError {@code Unhandled} (or {@code Handled}) when the function failed, else null
 * @param logTail base64 of the end of the invocation's log when the caller asked for it
 */
public record InvocationResult(int status, byte[] payload, String executedVersion, String functionError,
        String logTail) {
}
