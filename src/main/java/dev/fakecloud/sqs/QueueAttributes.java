package dev.fakecloud.sqs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The settable attributes of a queue: defaults, names valid per queue type, and their value ranges. */
final class QueueAttributes {

    static final int MAX_MESSAGE_SIZE = 1_048_576;

    private static final Set<String> COMMON = Set.of("DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
            "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "Policy", "RedrivePolicy", "RedriveAllowPolicy",
            "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled");
    private static final Set<String> FIFO_ONLY = Set.of("FifoQueue", "ContentBasedDeduplication",
            "DeduplicationScope", "FifoThroughputLimit");

    private QueueAttributes() {
    }

    private static final Set<String> READ_ONLY = Set.of("All", "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp",
            "LastModifiedTimestamp", "QueueArn");

    /** Whether GetQueueAttributes knows the name. */
    static boolean isReadable(String name) {
        return COMMON.contains(name) || FIFO_ONLY.contains(name) || READ_ONLY.contains(name);
    }

    static Map<String, String> defaults(boolean fifo) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("DelaySeconds", "0");
        a.put("MaximumMessageSize", Integer.toString(MAX_MESSAGE_SIZE));
        a.put("MessageRetentionPeriod", "345600");
        a.put("ReceiveMessageWaitTimeSeconds", "0");
        a.put("VisibilityTimeout", "30");
        a.put("SqsManagedSseEnabled", "true");
        if (fifo) {
            a.put("FifoQueue", "true");
            a.put("ContentBasedDeduplication", "false");
            a.put("DeduplicationScope", "queue");
            a.put("FifoThroughputLimit", "perQueue");
        }
        return a;
    }

    /** Checks names and values of attributes given to CreateQueue or SetQueueAttributes. */
    static void validate(Map<String, String> given, boolean fifo, boolean creating) {
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            if (FIFO_ONLY.contains(name) && !fifo) {
                if (name.equals("DeduplicationScope") || name.equals("FifoThroughputLimit")) {
                    throw SqsErrors.invalidAttributeName("You can specify the " + name
                            + " only when FifoQueue is set to true.");
                }
                throw SqsErrors.unknownAttribute(name);
            }
            if (name.equals("FifoQueue") && !creating) {
                throw SqsErrors.invalidAttributeValue(
                        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
            }
            if (!COMMON.contains(name) && !FIFO_ONLY.contains(name)) {
                throw SqsErrors.unknownAttribute(name);
            }
            switch (name) {
                case "DelaySeconds" -> range(name, value, 0, 900);
                case "MaximumMessageSize" -> range(name, value, 1024, MAX_MESSAGE_SIZE);
                case "MessageRetentionPeriod" -> range(name, value, 60, 1_209_600);
                case "ReceiveMessageWaitTimeSeconds" -> range(name, value, 0, 20);
                case "VisibilityTimeout" -> range(name, value, 0, 43_200);
                case "KmsDataKeyReusePeriodSeconds" -> range(name, value, 60, 86_400);
                case "ContentBasedDeduplication", "SqsManagedSseEnabled", "FifoQueue" -> bool(name, value);
                case "DeduplicationScope" -> oneOf(name, value, Set.of("queue", "messageGroup"));
                case "FifoThroughputLimit" -> oneOf(name, value, Set.of("perQueue", "perMessageGroupId"));
                default -> {
                }
            }
        }
    }

    private static void range(String name, String value, long min, long max) {
        try {
            long v = Long.parseLong(value);
            if (v >= min && v <= max) {
                return;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw SqsErrors.invalidAttributeValue("Invalid value for the parameter " + name + ".");
    }

    private static void bool(String name, String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw SqsErrors.invalidAttributeValue("Invalid value for the parameter " + name + ".");
        }
    }

    private static void oneOf(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw SqsErrors.invalidAttributeValue("Invalid value for the parameter " + name + ".");
        }
    }
}
