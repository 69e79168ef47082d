package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Table changes reach functions through DynamoDB Streams event source mappings, with real containers. */
@QuarkusTest
class DynamoStreamsEventSourceTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/stream-reader";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    final LambdaClient lambda = Clients.lambda();
    final DynamoDbClient ddb = Clients.dynamodb();
    final SqsClient sqs = Clients.sqs();

    static final String HANDLER = """
            def handler(event, context):
                for r in event['Records']:
                    image = r['dynamodb'].get('NewImage') or {}
                    if image.get('poison'):
                        raise RuntimeError('bad item')
                return {}
            """;

    String function() {
        String name = unique("dfn");
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
        return name;
    }

    /** A streaming table; returns its stream ARN. */
    String table(String name) {
        ddb.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        return ddb.describeTable(r -> r.tableName(name)).table().latestStreamArn();
    }

    List<JsonNode> records(String function) {
        List<String> payloads = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then()
                .extract().jsonPath().getList("invocations.findAll { it.source == 'aws:dynamodb' }.payload");
        List<JsonNode> out = new ArrayList<>();
        for (String p : payloads) {
            try {
                JSON.readTree(p).get("Records").forEach(out::add);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    @Test
    void changesArriveInOrderShapedAsAws() {
        String fn = function();
        String tableName = unique("orders");
        String streamArn = table(tableName);
        ddb.putItem(r -> r.tableName(tableName).item(item("pk", "a", "v", 1)));
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(10));
        ddb.updateItem(r -> r.tableName(tableName).key(item("pk", "a")).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", DynamoFixtures.n("2"))));
        ddb.deleteItem(r -> r.tableName(tableName).key(item("pk", "a")));

        List<JsonNode> records = Polling.eventually(() -> records(fn), r -> r.size() >= 3, WAIT);
        assertThat(records).extracting(r -> r.get("eventName").asText()).containsExactly("INSERT", "MODIFY", "REMOVE");
        JsonNode modify = records.get(1);
        assertThat(modify.get("eventSource").asText()).isEqualTo("aws:dynamodb");
        assertThat(modify.get("eventVersion").asText()).isEqualTo("1.1");
        assertThat(modify.get("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(modify.get("eventSourceARN").asText()).isEqualTo(streamArn);
        assertThat(modify.get("eventID").asText()).isNotBlank();
        JsonNode d = modify.get("dynamodb");
        assertThat(d.get("ApproximateCreationDateTime").isIntegralNumber()).isTrue();
        assertThat(d.at("/Keys/pk/S").asText()).isEqualTo("a");
        assertThat(d.at("/OldImage/v/N").asText()).isEqualTo("1");
        assertThat(d.at("/NewImage/v/N").asText()).isEqualTo("2");
        assertThat(d.get("StreamViewType").asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(d.get("SizeBytes").asInt()).isPositive();
        assertThat(d.get("SequenceNumber").asText()).matches("\\d+");
    }

    @Test
    void filterCriteriaSeeTheRecordAndFailuresGoToTheDestination() {
        String fn = function();
        String tableName = unique("filtered");
        String streamArn = table(tableName);
        String queue = sqs.createQueue(b -> b.queueName(unique("dfail"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST).batchSize(1).maximumRetryAttempts(0)
                .filterCriteria(f -> f.filters(x -> x.pattern("{\"eventName\": [\"INSERT\"]}")))
                .destinationConfig(dc -> dc.onFailure(o -> o.destination(queueArn))));
        Polling.until("the mapping to be enabled", WAIT, () -> lambda.listEventSourceMappings(b -> b.functionName(fn))
                .eventSourceMappings().get(0).state().equals("Enabled"));
        ddb.putItem(r -> r.tableName(tableName).item(item("pk", "first", "v", 1)));
        ddb.putItem(r -> r.tableName(tableName).item(item("pk", "first", "v", 2)));
        ddb.putItem(r -> r.tableName(tableName).item(item("pk", "bad", "poison", "yes")));
        ddb.putItem(r -> r.tableName(tableName).item(item("pk", "second")));

        List<JsonNode> records = Polling.eventually(() -> records(fn),
                r -> r.stream().anyMatch(x -> x.at("/dynamodb/Keys/pk/S").asText().equals("second")), WAIT);
        assertThat(records).extracting(r -> r.get("eventName").asText()).containsOnly("INSERT");
        assertThat(records).extracting(r -> r.at("/dynamodb/Keys/pk/S").asText()).containsExactly("first", "bad", "second");

        var messages = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queue)).messages(),
                m -> !m.isEmpty(), WAIT);
        JsonNode failure;
        try {
            failure = JSON.readTree(messages.get(0).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(failure.at("/DDBStreamBatchInfo/streamArn").asText()).isEqualTo(streamArn);
        assertThat(failure.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
        assertThat(failure.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
    }
}
