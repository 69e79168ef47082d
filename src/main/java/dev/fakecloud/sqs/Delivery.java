package dev.fakecloud.sqs;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How a message is being delivered: when it is (again) visible, how often it was received, and the receipt handle
 * of its latest receive. Its own small row, rewritten on every receive and visibility change; absent until the
 * message is first received (or moved in with a receive count).
 */
@RegisterForReflection
public record Delivery(long visibleAt, int receiveCount, long firstReceiveTimestamp, String receiptHandle) {

    static Delivery initial(SentMessage sent) {
        return new Delivery(sent.availableAt(), 0, 0, null);
    }

    /** A message in this state is delayed (never received since it arrived) rather than in flight. */
    boolean received() {
        return receiptHandle != null;
    }

    Delivery receivedAgain(long now, long visibleUntil, String handle) {
        return new Delivery(visibleUntil, receiveCount + 1, firstReceiveTimestamp == 0 ? now : firstReceiveTimestamp,
                handle);
    }

    Delivery visibleFrom(long at) {
        return new Delivery(at, receiveCount, firstReceiveTimestamp, receiptHandle);
    }
}
