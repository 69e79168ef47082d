package dev.fakecloud.sqs;

/**
 * Fired after a queue is created or deleted, so that consumers inside fakecloud (event source mappings) follow at
 * once, also when a queue is deleted and created again under the same name.
 *
 * @param exists true after a create, false after a delete
 */
public record QueueLifecycle(String queueArn, boolean exists) {
}
