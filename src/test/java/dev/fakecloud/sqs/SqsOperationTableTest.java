package dev.fakecloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one operation table answers every operation of the SQS API (2012-11-05). */
@QuarkusTest
class SqsOperationTableTest {

    static final List<String> OPERATIONS = List.of("AddPermission", "CancelMessageMoveTask", "ChangeMessageVisibility",
            "ChangeMessageVisibilityBatch", "CreateQueue", "DeleteMessage", "DeleteMessageBatch", "DeleteQueue",
            "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues", "ListMessageMoveTasks",
            "ListQueueTags", "ListQueues", "PurgeQueue", "ReceiveMessage", "RemovePermission", "SendMessage",
            "SendMessageBatch", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue", "UntagQueue");

    @Inject
    SqsOperations operations;

    @Test
    void everyOperationHasARow() {
        assertThat(OPERATIONS).hasSize(23).allSatisfy(name -> assertThat(operations.get(name)).isNotNull());
        assertThat(operations.get("NoSuchOperation")).isNull();
    }
}
