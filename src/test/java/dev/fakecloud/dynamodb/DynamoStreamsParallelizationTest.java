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
import java.util.Comparator;
import java.util.HashMap;
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

/**
 * {@code ParallelizationFactor} on a DynamoDB Streams mapping, with real containers: batches of the stream's shard
 * run at once while each item's changes arrive in the order they were made, each once.
 */
@QuarkusTest
class DynamoStreamsParallelizationTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/stream-reader";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ITEMS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");

    /** Takes a while per batch and says when it ran and which item versions it saw. */
    static final String HANDLER = """
            import time
            def handler(event, context):
                start = time.time()
                seen = [r['dynamodb']['Keys']['pk']['S'] + ':' + r['dynamodb']['NewImage']['v']['N']
                        for r in event['Records']]
                time.sleep(1.5)
                return {'start': start, 'end': time.time(), 'seen': seen}
            """;

    final LambdaClient lambda = Clients.lambda();
    final DynamoDbClient ddb = Clients.dynamodb();

    record Batch(List<String> seen, double start, double end) {
        boolean overlaps(Batch other) {
            return start < other.end && other.start < end;
        }
    }

    List<Batch> batches(String function) {
        List<String> responses = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then()
                .extract().jsonPath().getList("invocations.findAll { it.source == 'aws:dynamodb' }.response");
        List<Batch> batches = new ArrayList<>();
        for (String r : responses) {
            try {
                JsonNode response = JSON.readTree(r);
                List<String> seen = new ArrayList<>();
                response.get("seen").forEach(s -> seen.add(s.asText()));
                batches.add(new Batch(seen, response.get("start").asDouble(), response.get("end").asDouble()));
            } catch (IOException | NullPointerException e) {
                throw new AssertionError("unexpected response " + r, e);
            }
        }
        return batches;
    }

    @Test
    void itemsChangesKeepTheirOrderWhileBatchesOfTheShardOverlap() {
        String fn = unique("dpar");
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
        String table = unique("dpar");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        String streamArn = ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
        List<String> written = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            for (String pk : ITEMS) {
                int version = v;
                ddb.putItem(r -> r.tableName(table).item(item("pk", pk, "v", version)));
                written.add(pk + ":" + v);
            }
        }
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(2).parallelizationFactor(5));

        List<Batch> batches = Polling.eventually(() -> batches(fn),
                b -> b.stream().mapToInt(x -> x.seen().size()).sum() >= written.size(), WAIT);
        List<String> seen = batches.stream().flatMap(b -> b.seen().stream()).toList();
        assertThat(seen).as("every change once").containsExactlyInAnyOrderElementsOf(written);
        Map<String, List<String>> byItem = new HashMap<>();
        batches.stream().sorted(Comparator.comparingDouble(Batch::start)).forEach(b -> b.seen()
                .forEach(s -> byItem.computeIfAbsent(s.split(":")[0], k -> new ArrayList<>()).add(s)));
        for (String pk : ITEMS) {
            assertThat(byItem.get(pk)).as("changes of " + pk).containsExactly(pk + ":1", pk + ":2", pk + ":3");
        }
        boolean overlap = false;
        for (int i = 0; i < batches.size(); i++) {
            for (int j = i + 1; j < batches.size(); j++) {
                overlap |= batches.get(i).overlaps(batches.get(j));
            }
        }
        assertThat(overlap).as("batches of the stream's one shard overlap in time").isTrue();
    }
}
