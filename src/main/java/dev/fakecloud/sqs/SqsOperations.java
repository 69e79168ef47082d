package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.AddPermissionRequest;
import dev.fakecloud.sqs.model.SqsShapes.ChangeMessageVisibilityBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.ChangeMessageVisibilityRequest;
import dev.fakecloud.sqs.model.SqsShapes.CreateQueueRequest;
import dev.fakecloud.sqs.model.SqsShapes.DeleteMessageBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.DeleteMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.GetQueueAttributesRequest;
import dev.fakecloud.sqs.model.SqsShapes.GetQueueUrlRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksRequest;
import dev.fakecloud.sqs.model.SqsShapes.StartMessageMoveTaskRequest;
import dev.fakecloud.sqs.model.SqsShapes.TaskHandleResult;
import dev.fakecloud.sqs.model.SqsShapes.ListDeadLetterSourceQueuesRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListQueuesRequest;
import dev.fakecloud.sqs.model.SqsShapes.QueueRequest;
import dev.fakecloud.sqs.model.SqsShapes.ReceiveMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.RemovePermissionRequest;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.SetQueueAttributesRequest;
import dev.fakecloud.sqs.model.SqsShapes.TagQueueRequest;
import dev.fakecloud.sqs.model.SqsShapes.UntagQueueRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SQS operation table: operation name to request record and handler. */
@ApplicationScoped
public class SqsOperations {

    private final Map<String, SqsOperation<?>> byName;

    public SqsOperations(QueueService queues, MessageService messages, ReceiveService receiver,
            MoveTaskService moves) {
        List<SqsOperation<?>> table = List.of(
                new SqsOperation<>("CreateQueue", CreateQueueRequest.class, queues::create),
                new SqsOperation<>("GetQueueUrl", GetQueueUrlRequest.class, queues::getUrl),
                new SqsOperation<>("ListQueues", ListQueuesRequest.class, queues::list),
                new SqsOperation<>("DeleteQueue", QueueRequest.class, (c, r) -> {
                    queues.delete(c, r.queueUrl());
                    return null;
                }),
                new SqsOperation<>("GetQueueAttributes", GetQueueAttributesRequest.class, queues::getAttributes),
                new SqsOperation<>("SetQueueAttributes", SetQueueAttributesRequest.class, (c, r) -> {
                    queues.setAttributes(c, r);
                    return null;
                }),
                new SqsOperation<>("ListDeadLetterSourceQueues", ListDeadLetterSourceQueuesRequest.class,
                        queues::deadLetterSources),
                new SqsOperation<>("TagQueue", TagQueueRequest.class, (c, r) -> {
                    queues.tag(c, r);
                    return null;
                }),
                new SqsOperation<>("UntagQueue", UntagQueueRequest.class, (c, r) -> {
                    queues.untag(c, r);
                    return null;
                }),
                new SqsOperation<>("ListQueueTags", QueueRequest.class, (c, r) -> queues.tags(c, r.queueUrl())),
                new SqsOperation<>("AddPermission", AddPermissionRequest.class, (c, r) -> {
                    queues.addPermission(c, r);
                    return null;
                }),
                new SqsOperation<>("RemovePermission", RemovePermissionRequest.class, (c, r) -> {
                    queues.removePermission(c, r.queueUrl(), r.label());
                    return null;
                }),
                new SqsOperation<>("SendMessage", SendMessageRequest.class, messages::send),
                new SqsOperation<>("SendMessageBatch", SendMessageBatchRequest.class, messages::sendBatch),
                new SqsOperation<>("ReceiveMessage", ReceiveMessageRequest.class, receiver::receive),
                new SqsOperation<>("DeleteMessage", DeleteMessageRequest.class, (c, r) -> {
                    messages.delete(c, r);
                    return null;
                }),
                new SqsOperation<>("DeleteMessageBatch", DeleteMessageBatchRequest.class, messages::deleteBatch),
                new SqsOperation<>("ChangeMessageVisibility", ChangeMessageVisibilityRequest.class, (c, r) -> {
                    messages.changeVisibility(c, r);
                    return null;
                }),
                new SqsOperation<>("ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatchRequest.class,
                        messages::changeVisibilityBatch),
                new SqsOperation<>("PurgeQueue", QueueRequest.class, (c, r) -> {
                    messages.purge(c, r.queueUrl());
                    return null;
                }),
                new SqsOperation<>("StartMessageMoveTask", StartMessageMoveTaskRequest.class, moves::start),
                new SqsOperation<>("CancelMessageMoveTask", TaskHandleResult.class,
                        (c, r) -> moves.cancel(c, r.taskHandle())),
                new SqsOperation<>("ListMessageMoveTasks", ListMessageMoveTasksRequest.class, moves::list));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(SqsOperation::name, Function.identity()));
    }

    SqsOperation<?> get(String name) {
        return byName.get(name);
    }
}
