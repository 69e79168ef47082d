package dev.fakecloud.lambda;

import java.time.Duration;
import dev.fakecloud.support.Polling;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Functions, source ARNs and state polling shared by the event source mapping tests. */
final class EsmFixtures {

    static final String ACCOUNT = "000000000000";
    static final String PREFIX = "arn:aws:lambda:us-east-1:" + ACCOUNT + ":";

    private final LambdaClient lambda;

    EsmFixtures(LambdaClient lambda) {
        this.lambda = lambda;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new queue (Lambda refuses a mapping of a queue that does not exist). */
    static String queueArn() {
        return queue(unique("queue"), false);
    }

    static String fifoQueueArn() {
        return queue(unique("queue") + ".fifo", true);
    }

    private static String queue(String name, boolean fifo) {
        try (SqsClient sqs = Clients.sqs()) {
            sqs.createQueue(b -> b.queueName(name).attributes(fifo
                    ? java.util.Map.of(QueueAttributeName.FIFO_QUEUE, "true") : java.util.Map.of()));
        }
        return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + name;
    }

    /** A new Kinesis stream (Lambda refuses a mapping of a stream that does not exist). */
    static String kinesisArn() {
        String name = unique("stream");
        try (KinesisClient kinesis = Clients.kinesis()) {
            kinesis.createStream(b -> b.streamName(name).shardCount(1));
        }
        return missingKinesisArn(name);
    }

    /** The ARN a Kinesis stream of that name would have. */
    static String missingKinesisArn(String name) {
        return "arn:aws:kinesis:us-east-1:" + ACCOUNT + ":stream/" + name;
    }

    /** The stream of a new streaming table. */
    static String dynamoStreamArn() {
        String name = unique("table");
        try (DynamoDbClient ddb = Clients.dynamodb()) {
            ddb.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
            return ddb.describeTable(r -> r.tableName(name)).table().latestStreamArn();
        }
    }

    /** Creates a function and returns its name. */
    String function() {
        String name = unique("esm-fn");
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role("arn:aws:iam::" + ACCOUNT + ":role/lambda-role").handler("handler.handler")
                .code(c -> c.zipFile(Zips.pythonHandler())));
        return name;
    }

    /** Polls GetEventSourceMapping until the mapping reaches {@code state}. */
    GetEventSourceMappingResponse awaitState(String uuid, String state) {
        return Polling.until(Duration.ofSeconds(10), () -> lambda.getEventSourceMapping(b -> b.uuid(uuid)),
                got -> state.equals(got.state()));
    }

    /** Polls GetEventSourceMapping until the mapping is gone. */
    void awaitGone(String uuid) {
        Polling.until("event source mapping " + uuid + " deleted", Duration.ofSeconds(10), () -> {
            try {
                lambda.getEventSourceMapping(b -> b.uuid(uuid));
                return false;
            } catch (ResourceNotFoundException e) {
                return true;
            }
        });
    }
}
