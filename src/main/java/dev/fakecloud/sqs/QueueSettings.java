package dev.fakecloud.sqs;

import java.util.Map;

/** A queue's attributes as the message operations use them, parsed once per change rather than per call. */
record QueueSettings(int visibilityTimeout, int delaySeconds, long retentionMs, int maximumMessageSize,
        int receiveWaitSeconds, RedrivePolicy redrive, boolean contentBasedDeduplication,
        boolean deduplicationPerGroup) {

    static QueueSettings of(Map<String, String> attributes) {
        return new QueueSettings(
                Integer.parseInt(attributes.get("VisibilityTimeout")),
                Integer.parseInt(attributes.get("DelaySeconds")),
                Long.parseLong(attributes.get("MessageRetentionPeriod")) * 1000L,
                Integer.parseInt(attributes.get("MaximumMessageSize")),
                Integer.parseInt(attributes.get("ReceiveMessageWaitTimeSeconds")),
                RedrivePolicy.parse(attributes.get("RedrivePolicy")),
                "true".equals(attributes.get("ContentBasedDeduplication")),
                "messageGroup".equals(attributes.get("DeduplicationScope")));
    }

    /** The redrive policy's receive limit, 0 without one. */
    int maxReceiveCount() {
        return redrive == null ? 0 : redrive.maxReceiveCount();
    }
}
