package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;

/** DynamoDB Streams through the AWS SDK v2's DynamoDbStreamsClient, on the same endpoint as DynamoDB. */
@QuarkusTest
class DynamoStreamsTest {

    private final DynamoDbClient ddb = Clients.dynamodb();
    private final DynamoDbStreamsClient streams = Clients.dynamodbStreams();

    private String streamingTable(StreamViewType view) {
        String name = DynamoFixtures.unique("streamed");
        ddb.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
        return name;
    }

    private List<Record> readAll(String streamArn, ShardIteratorType from) {
        StreamDescription d = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription();
        String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(d.shards().get(0).shardId())
                .shardIteratorType(from)).shardIterator();
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < 5 && iterator != null; i++) {
            String it = iterator;
            GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(it).limit(2));
            out.addAll(page.records());
            iterator = page.records().isEmpty() ? null : page.nextShardIterator();
        }
        return out;
    }

    @Test
    void everyRealChangeIsOneRecordInCommitOrder() {
        String t = streamingTable(StreamViewType.NEW_AND_OLD_IMAGES);
        String arn = ddb.describeTable(r -> r.tableName(t)).table().latestStreamArn();
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 1)));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 1)));
        ddb.updateItem(r -> r.tableName(t).key(item("pk", "a")).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", n("2"))));
        ddb.deleteItem(r -> r.tableName(t).key(item("pk", "a")));
        ddb.deleteItem(r -> r.tableName(t).key(item("pk", "never")));
        ddb.batchWriteItem(r -> r.requestItems(Map.of(t, List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("pk", "b"))).build(),
                WriteRequest.builder().putRequest(p -> p.item(item("pk", "c"))).build()))));
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(t).item(item("pk", "d"))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(t).key(item("pk", "b"))).build()));

        List<Record> records = readAll(arn, ShardIteratorType.TRIM_HORIZON);
        assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY,
                OperationType.REMOVE, OperationType.INSERT, OperationType.INSERT, OperationType.INSERT,
                OperationType.REMOVE);
        Record modify = records.get(1);
        assertThat(modify.eventSource()).isEqualTo("aws:dynamodb");
        assertThat(modify.eventVersion()).isEqualTo("1.1");
        assertThat(modify.awsRegion()).isEqualTo("us-east-1");
        assertThat(modify.dynamodb().keys()).containsOnlyKeys("pk");
        assertThat(modify.dynamodb().oldImage().get("v").n()).isEqualTo("1");
        assertThat(modify.dynamodb().newImage().get("v").n()).isEqualTo("2");
        assertThat(modify.dynamodb().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(modify.dynamodb().sizeBytes()).isPositive();
        assertThat(modify.dynamodb().approximateCreationDateTime()).isNotNull();
        assertThat(new java.math.BigInteger(records.get(2).dynamodb().sequenceNumber()))
                .isGreaterThan(new java.math.BigInteger(modify.dynamodb().sequenceNumber()));
        assertThat(records.get(2).dynamodb().hasNewImage()).isFalse();

        String latest = streams.getShardIterator(r -> r.streamArn(arn)
                .shardId(streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards().get(0).shardId())
                .shardIteratorType(ShardIteratorType.LATEST)).shardIterator();
        ddb.putItem(r -> r.tableName(t).item(item("pk", "e")));
        assertThat(streams.getRecords(r -> r.shardIterator(latest)).records())
                .singleElement().satisfies(x -> assertThat(x.dynamodb().keys().get("pk").s()).isEqualTo("e"));
    }

    @Test
    void viewTypesDecideTheImages() {
        String t = streamingTable(StreamViewType.KEYS_ONLY);
        String arn = ddb.describeTable(r -> r.tableName(t)).table().latestStreamArn();
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 1)));
        Record r1 = readAll(arn, ShardIteratorType.TRIM_HORIZON).get(0);
        assertThat(r1.dynamodb().hasNewImage()).isFalse();
        assertThat(r1.dynamodb().hasOldImage()).isFalse();
        assertThat(r1.dynamodb().keys()).containsOnlyKeys("pk");

        StreamDescription d = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
        assertThat(d.streamStatus()).isEqualTo(StreamStatus.ENABLED);
        assertThat(d.tableName()).isEqualTo(t);
        assertThat(d.keySchema()).singleElement().satisfies(k -> assertThat(k.attributeName()).isEqualTo("pk"));
        assertThat(streams.listStreams(r -> r.tableName(t)).streams()).singleElement()
                .satisfies(s -> assertThat(s.streamArn()).isEqualTo(arn));

        ddb.updateTable(r -> r.tableName(t).streamSpecification(s -> s.streamEnabled(false)));
        StreamDescription closed = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
        assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
        assertThat(closed.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();

        assertThatThrownBy(() -> streams.describeStream(r -> r.streamArn(arn + "x")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void timeToLiveReallyExpiresItemsWithAServiceRemoveRecord() {
        String t = streamingTable(StreamViewType.OLD_IMAGE);
        String arn = ddb.describeTable(r -> r.tableName(t)).table().latestStreamArn();
        ddb.updateTimeToLive(r -> r.tableName(t).timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
        long past = System.currentTimeMillis() / 1000 - 10;
        long future = System.currentTimeMillis() / 1000 + 3600;
        ddb.putItem(r -> r.tableName(t).item(item("pk", "old", "expires", n(Long.toString(past)))));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "new", "expires", n(Long.toString(future)))));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "text", "expires", s("not a number"))));
        Polling.until("the expired item to be deleted", Duration.ofSeconds(10),
                () -> !ddb.getItem(r -> r.tableName(t).key(item("pk", "old"))).hasItem());
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "new"))).hasItem()).isTrue();
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "text"))).hasItem()).isTrue();
        Record removal = readAll(arn, ShardIteratorType.TRIM_HORIZON).stream()
                .filter(x -> x.eventName() == OperationType.REMOVE).findFirst().orElseThrow();
        assertThat(removal.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
        assertThat(removal.userIdentity().type()).isEqualTo("Service");
        assertThat(removal.dynamodb().oldImage().get("pk").s()).isEqualTo("old");
    }
}
