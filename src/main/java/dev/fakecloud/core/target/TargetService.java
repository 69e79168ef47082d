package dev.fakecloud.core.target;

import io.smallrye.mutiny.Uni;

/**
 * A service that receives messages from the others, by ARN: SQS queues, SNS topics, EventBridge buses, Lambda
 * functions (invoked asynchronously). Services find one another through {@link Targets} rather than by importing
 * each other, so that a service that delivers to Lambda and one Lambda delivers to need no cycle.
 */
public interface TargetService {

    /** The ARN's service part this one answers, e.g. {@code sqs}, {@code sns}, {@code events}, {@code lambda}. */
    String service();

    /** Whether the resource the ARN names exists (destinations and subscriptions are checked against it). */
    boolean exists(String arn);

    /**
     * Hands the message over. Completes once the target has accepted it (queued, published, put, or accepted for
     * an asynchronous invoke); fails, as a value, when it cannot (missing resource, refused message).
     */
    Uni<Void> deliver(String arn, Outbound message);
}
