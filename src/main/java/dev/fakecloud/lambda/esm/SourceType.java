package dev.fakecloud.lambda.esm;

import java.util.Optional;

/**
 * The kinds of event source a mapping can read from, told apart by the service of the event source ARN (or by a
 * {@code SelfManagedEventSource} for self-managed Kafka). Each kind has its own defaults and rules.
 */
public enum SourceType {
    SQS("sqs", "SQS", 10),
    KINESIS("kinesis", "Kinesis", 100),
    DYNAMODB_STREAMS("dynamodb", "DynamoDB Streams", 100),
    MSK("kafka", "Amazon MSK", 100),
    SELF_MANAGED_KAFKA(null, "self-managed Apache Kafka", 100),
    MQ("mq", "Amazon MQ", 100),
    DOCUMENTDB("rds", "Amazon DocumentDB", 100);

    private final String arnService;
    private final String label;
    private final int defaultBatchSize;

    SourceType(String arnService, String label, int defaultBatchSize) {
        this.arnService = arnService;
        this.label = label;
        this.defaultBatchSize = defaultBatchSize;
    }

    /** The kind of source an event source ARN names, if Lambda can read from it. */
    public static Optional<SourceType> ofArn(String eventSourceArn) {
        String[] parts = eventSourceArn.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        for (SourceType type : values()) {
            if (parts[2].equals(type.arnService)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** How messages name the kind of source. */
    public String label() {
        return label;
    }

    public int defaultBatchSize() {
        return defaultBatchSize;
    }

    /** Kinesis and DynamoDB streams: sharded sources with retries, bisecting, windows and failure destinations. */
    public boolean stream() {
        return this == KINESIS || this == DYNAMODB_STREAMS;
    }

    public boolean kafka() {
        return this == MSK || this == SELF_MANAGED_KAFKA;
    }

    /** Sources read from a position in a log; they need {@code StartingPosition}. */
    public boolean positioned() {
        return stream() || kafka() || this == DOCUMENTDB;
    }

    /** Sources that may send failed records to an {@code OnFailure} destination. */
    public boolean failureDestinations() {
        return stream() || kafka();
    }

    /** Sources whose functions may report partial batch failures. */
    public boolean batchItemFailures() {
        return this == SQS || stream();
    }

    /** Whether Lambda keeps a last processing result for the source. */
    public boolean reportsProcessing() {
        return this != SQS && this != MQ;
    }

    /** The reason AWS gives for a state that the caller brought about. */
    public String userTransitionReason() {
        return stream() ? "User action" : "USER_INITIATED";
    }
}
