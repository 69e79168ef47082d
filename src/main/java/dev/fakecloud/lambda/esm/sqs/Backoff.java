package dev.fakecloud.lambda.esm.sqs;

/**
 * How long a delivery waits before trying again after its function could not be invoked (throttled, deleted,
 * unreachable): {@value #FIRST_MS} ms, doubling up to {@value #MAX_MS} ms, back to nothing once an invocation
 * reaches the function. Confined to its delivery's context.
 */
final class Backoff {

    static final long FIRST_MS = 250;
    static final long MAX_MS = 4000;

    private long current;

    /** The next wait: longer each time in a row. */
    long next() {
        current = current == 0 ? FIRST_MS : Math.min(MAX_MS, current * 2);
        return current;
    }

    void reset() {
        current = 0;
    }
}
