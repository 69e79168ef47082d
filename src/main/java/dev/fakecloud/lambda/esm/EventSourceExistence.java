package dev.fakecloud.lambda.esm;

/**
 * Whether the source a new mapping names exists, asked of whoever feeds mappings of that kind (the stream sources
 * implement it). Lambda refuses a Kinesis or DynamoDB Streams mapping whose stream does not exist, so a typo in an
 * ARN fails at once instead of leaving a mapping that never delivers.
 */
public interface EventSourceExistence {

    /** The kind of source this answers for. */
    SourceType type();

    /** Whether the source the ARN names exists now. */
    boolean exists(String eventSourceArn);
}
